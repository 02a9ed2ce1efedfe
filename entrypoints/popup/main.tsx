import { render } from 'preact';
import '../../components/tracker/theme.css';
import '../../components/popup/popup.css';
import '../../components/watch/watch.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
