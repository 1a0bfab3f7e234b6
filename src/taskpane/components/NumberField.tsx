/** A labelled SpinButton that keeps what was typed and says when it is out of range. */
import { Field, SpinButton } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { NumberInputState } from '../hooks/use-number-input';
import type { Strings } from '../strings/ja';

/** The field; `rangeMessage` words the range for this field (年度 or 達成率). */
export function NumberField({ label, hint, input, strings, rangeMessage }: { label: string; hint?: string | undefined; input: NumberInputState; strings: Strings; rangeMessage: (min: number, max: number) => string }) {
  const message =
    input.problem === 'out_of_range' ? rangeMessage(input.range.min, input.range.max) : input.problem === 'empty' ? strings.number.empty : input.problem === 'not_a_number' ? strings.number.notANumber : null;
  const inputRef = useRef<HTMLInputElement>(null);
  // SpinButton writes aria-valuenow straight into the DOM while typing ("abc" is not a number: axe, critical);
  // React never clears it, so it is set here from the value actually held.
  useEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    if (input.value === null) el.removeAttribute('aria-valuenow');
    else el.setAttribute('aria-valuenow', String(input.value));
  }, [input.value, input.text]);
  return (
    <Field label={label} hint={hint ?? null} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <SpinButton
        value={input.value}
        displayValue={input.text}
        min={input.range.min}
        max={input.range.max}
        onChange={input.onChange}
        // Enter commits the typed number (SpinButton's own handling) and does not also submit the form.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        // SpinButton forwards its ref to the <input>, but its typings declare Ref<never>.
        ref={inputRef as never}
      />
    </Field>
  );
}
