import { render } from 'preact';
import { Reader } from './Reader';

const params = new URLSearchParams(location.search);
render(<Reader id={params.get('id')} open={params.get('open')} />, document.getElementById('app')!);
