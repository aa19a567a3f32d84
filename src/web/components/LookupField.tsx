// A text field that searches as you type and offers the matches in a list to choose from
// (the ARIA combobox pattern with a listbox popup): ↓/↑ move through the matches, Enter
// chooses, Escape closes the list (and clears the text when it is already closed). Used for
// the bank and branch of the payout account. A Japanese IME's own Enter and arrow keys
// are left alone while it is converting.
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Field } from './Field';
import '../lookup.css';

export interface LookupOption {
  code: string;
  name: string;
}

export interface LookupMessages {
  /** 「候補が3件あります。」 */
  count: (count: number) => string;
  /** When the server's limit was reached and there may be more. */
  many: (count: number) => string;
  none: string;
  failed: string;
  chosen: (label: string) => string;
}

interface Props<T extends LookupOption> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  name: string;
  /** The listbox's accessible name, e.g. 「金融機関の候補」. */
  listLabel: string;
  text: string;
  chosen: T | null;
  /** The user typed: the parent keeps the text and forgets any earlier choice. */
  onTextChange: (text: string) => void;
  onChoose: (option: T) => void;
  /** Null while there is nothing to search in (the field is then disabled). */
  search: ((query: string) => Promise<T[]>) | null;
  /** Changes when `search` searches somewhere else (another bank's branches). */
  searchKey: string;
  /** What the text becomes once an option is chosen: 「みずほ (0001)」. */
  optionLabel: (option: T) => string;
  /** The most matches the server sends; reaching it means there may be more. */
  limit: number;
  messages: LookupMessages;
  inputMode?: 'text' | 'search';
  debounceMs?: number;
}

type SearchState<T> = { status: 'idle' } | { status: 'done'; items: T[] } | { status: 'failed' };

const normalise = (text: string) => text.normalize('NFKC').trim();

export function LookupField<T extends LookupOption>({
  label,
  hint,
  error,
  required,
  name,
  listLabel,
  text,
  chosen,
  onTextChange,
  onChoose,
  search,
  searchKey,
  optionLabel,
  limit,
  messages,
  debounceMs = 200,
}: Props<T>) {
  const [result, setResult] = useState<SearchState<T>>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  // The latest search function, so that a new closure each render does not search again.
  const searchRef = useRef(search);
  searchRef.current = search;

  const query = normalise(text);
  const settled = chosen !== null && text === optionLabel(chosen);
  const enabled = search !== null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `searchKey` names what `search` searches.
  useEffect(() => {
    const run = searchRef.current;
    if (!run || settled || query === '') {
      setResult({ status: 'idle' });
      setActive(-1);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      run(query).then(
        (items) => {
          if (!live) return;
          setResult({ status: 'done', items });
          setActive(-1);
          if (items.length === 0) setAnnouncement(messages.none);
          else setAnnouncement(items.length >= limit ? messages.many(items.length) : messages.count(items.length));
        },
        () => {
          if (!live) return;
          setResult({ status: 'failed' });
          setActive(-1);
          setAnnouncement(messages.failed);
        },
      );
    }, debounceMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, settled, searchKey, enabled, debounceMs]);

  const items = result.status === 'done' ? result.items : [];
  const expanded = open && items.length > 0;

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (option: T) => {
    onChoose(option);
    setOpen(false);
    setActive(-1);
    setResult({ status: 'idle' });
    setAnnouncement(messages.chosen(optionLabel(option)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // While an IME is converting, its keys belong to it (Enter confirms the conversion).
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    switch (e.key) {
      case 'ArrowDown':
        if (items.length === 0) return;
        e.preventDefault();
        setOpen(true);
        setActive((i) => (!expanded ? Math.max(i, 0) : (i + 1) % items.length));
        return;
      case 'ArrowUp':
        if (items.length === 0) return;
        e.preventDefault();
        setOpen(true);
        setActive((i) => (!expanded || i <= 0 ? items.length - 1 : i - 1));
        return;
      case 'Enter': {
        const option = expanded && active >= 0 ? items[active] : undefined;
        if (!option) return;
        e.preventDefault();
        choose(option);
        return;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          e.preventDefault();
          onTextChange('');
          setAnnouncement('');
        }
        return;
      default:
    }
  };

  // Leaving the field with a full code typed (「0001」) takes the bank with that code.
  const onBlur = () => {
    setOpen(false);
    setActive(-1);
    if (chosen || result.status !== 'done') return;
    const exact = items.find((o) => o.code === query);
    if (exact) choose(exact);
  };

  return (
    <Field label={label} hint={hint} error={error} required={required} className="lookup-field">
      {(control) => {
        const listId = `${control.id}-list`;
        const optionId = (i: number) => `${control.id}-option-${i}`;
        return (
          <div className="lookup">
            <div className="lookup-box">
              <input
                className="input"
                type="text"
                name={name}
                role="combobox"
                aria-autocomplete="list"
                aria-expanded={expanded}
                aria-controls={listId}
                aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
                autoComplete="off"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                disabled={!enabled}
                value={text}
                onChange={(e) => {
                  onTextChange(e.currentTarget.value);
                  setOpen(true);
                  setAnnouncement('');
                }}
                onFocus={() => setOpen(true)}
                onBlur={onBlur}
                onKeyDown={onKeyDown}
                {...control}
              />
              <div ref={listRef} id={listId} role="listbox" aria-label={listLabel} className="lookup-list" hidden={!expanded}>
                {items.map((option, i) => (
                  // The keyboard works on the input (aria-activedescendant); a pointer picks here.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input.
                  <div
                    key={option.code}
                    id={optionId(i)}
                    role="option"
                    tabIndex={-1}
                    aria-selected={i === active}
                    className={i === active ? 'lookup-option lookup-option-active' : 'lookup-option'}
                    // Keep the focus in the input, so that choosing does not close the list first.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    {option.name} <span className="lookup-code">({option.code})</span>
                  </div>
                ))}
              </div>
            </div>
            <p role="status" className={announcement ? 'lookup-status' : 'lookup-status status-empty'}>
              {announcement}
            </p>
          </div>
        );
      }}
    </Field>
  );
}
