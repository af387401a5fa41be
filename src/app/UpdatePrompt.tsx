import { useWaitingUpdate } from './app-update';

/** Says when a new build has been deployed and installed, and reloads into it on request. */
export function UpdatePrompt() {
  const reload = useWaitingUpdate();
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      A new version is available —{' '}
      <button type="button" onClick={reload}>
        Reload
      </button>
    </div>
  );
}
