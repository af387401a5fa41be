import { useState } from 'react';
import { useT } from '../i18n/use-t';

/** Characters shown before "Show more": about four lines of the panel. */
export const CLAMP_CHARS = 320;

/** Where to cut `text` near `limit`: at the last space before it, unless that is far back. */
function cutAt(text: string, limit: number): number {
  const space = text.lastIndexOf(' ', limit);
  return space > limit * 0.6 ? space : limit;
}

/**
 * A summary, note or quote, cut to {@link CLAMP_CHARS} characters with "Show more" when longer.
 * The cut is in the text, not in CSS, so a long text costs nothing to lay out until it is opened.
 * `as="blockquote"` for a quote: the button sits outside the quotation.
 */
export function ClampedText({
  text,
  as: Tag = 'p',
  className,
}: {
  text: string;
  as?: 'p' | 'blockquote' | 'span';
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const t = useT();
  if (text.length <= CLAMP_CHARS) return <Tag className={className}>{text}</Tag>;
  const shown = open ? text : `${text.slice(0, cutAt(text, CLAMP_CHARS)).trimEnd()}…`;
  return (
    <>
      <Tag className={className}>{shown}</Tag>{' '}
      <button
        type="button"
        className="ep-link-button ep-clamp-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t('panel.clamp.less') : t('panel.clamp.more')}
      </button>
    </>
  );
}
