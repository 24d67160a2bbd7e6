import { render } from 'preact';
import { Why } from '@/components/why/Why';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

render(<Why />, document.getElementById('app')!);
