import { useWaitingUpdate } from './app-update';
import { useT } from '../i18n/use-t';

/** Says when a new build has been deployed and installed, and reloads into it on request. */
export function UpdatePrompt() {
  const reload = useWaitingUpdate();
  const t = useT();
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      {t('app.update.available')}{' '}
      <button type="button" onClick={reload}>
        {t('app.update.reload')}
      </button>
    </div>
  );
}
