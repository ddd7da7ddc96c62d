import { render } from 'preact';
import { Library } from './Library';

render(<Library />, document.getElementById('app')!);
