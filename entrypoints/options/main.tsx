import { render } from 'preact';
import { OptionsApp } from './App';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

render(<OptionsApp />, document.getElementById('app')!);
