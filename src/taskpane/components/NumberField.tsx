/** A labelled SpinButton that keeps what was typed and says when it is out of range. */
import { Field, SpinButton } from '@fluentui/react-components';
import type { NumberInputState } from '../hooks/use-number-input';
import type { Strings } from '../strings/ja';

/** The field; `rangeMessage` words the range for this field (年度 or 達成率). */
export function NumberField({ label, hint, input, strings, rangeMessage }: { label: string; hint?: string | undefined; input: NumberInputState; strings: Strings; rangeMessage: (min: number, max: number) => string }) {
  const message =
    input.problem === 'out_of_range' ? rangeMessage(input.range.min, input.range.max) : input.problem === 'empty' ? strings.number.empty : input.problem === 'not_a_number' ? strings.number.notANumber : null;
  return (
    <Field label={label} hint={hint ?? null} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <SpinButton value={input.value} displayValue={input.text} min={input.range.min} max={input.range.max} onChange={input.onChange} />
    </Field>
  );
}
