import { render } from 'preact';
import '../../components/tracker/theme.css';
import '../../components/watch/watch.css';
import { App } from './App';

render(<App request={new URLSearchParams(location.search)} />, document.getElementById('app')!);
