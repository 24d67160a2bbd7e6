import { render } from 'preact';
import { ReviewPage } from '@/components/review/ReviewPage';
import { sendMessage } from '@/utils/messaging';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

render(
  <ReviewPage
    load={() => sendMessage('reviewState', {})}
    save={(networks, checked) => sendMessage('reviewProgress', { networks, checked })}
    finish={(networks, checked) => sendMessage('finishReview', { networks, checked })}
    snooze={() => sendMessage('snoozeReview', {})}
  />,
  document.getElementById('app')!,
);
