import { render } from 'preact';
import { download } from '@/components/download';
import { PackEditor } from '@/components/pack-editor/PackEditor';
import { readState } from '@/rules/editor';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

// The draft lives in this page's own origin (never a web page's), as the DSL types it.
const KEY = 'chalkline-pack-editor';

function saved() {
  try {
    return readState(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
  } catch {
    return null;
  }
}

render(<PackEditor saved={saved()} keep={(state) => localStorage.setItem(KEY, JSON.stringify(state))} download={download} />, document.getElementById('app')!);
