import { render } from 'preact';
import '../../components/tracker/theme.css';
import '../../components/tracker/tracker.css';
import '../../components/watch/watch.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
