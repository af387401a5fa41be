import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { announceUpdate } from './app-update';
import { UpdatePrompt } from './UpdatePrompt';

describe('UpdatePrompt', () => {
  it('says nothing until a new build waits, then reloads into it on request', async () => {
    render(<UpdatePrompt />);
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    const reload = vi.fn();
    act(() => announceUpdate(reload));
    expect(screen.getByTestId('update-prompt').textContent).toBe(
      'A new version is available — Reload',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
