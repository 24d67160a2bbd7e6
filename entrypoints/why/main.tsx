import { render } from 'preact';
import { Why } from '@/components/why/Why';

render(<Why />, document.getElementById('app')!);
