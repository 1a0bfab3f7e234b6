/** A number field's state: the text as typed, the number it means (or why it means none), and its handler. */
import type { SpinButtonOnChangeData } from '@fluentui/react-components';
import { useState } from 'react';
import { readNumberInput, type NumberInput, type NumberRange } from '../number-input';

export interface NumberInputState {
  readonly text: string;
  /** The number, or null while the text is not a valid one. */
  readonly value: number | null;
  readonly problem: Extract<NumberInput, { ok: false }>['problem'] | null;
  readonly range: NumberRange;
  /** SpinButton's onChange: a step brings `value`, a typed commit (blur, Enter) only `displayValue`. */
  readonly onChange: (event: unknown, data: SpinButtonOnChangeData) => void;
  readonly set: (value: number) => void;
}

/** State for a SpinButton that honours typed values, validated when committed. */
export function useNumberInput(initial: number, range: NumberRange, kind: 'number' | 'fiscalYear' = 'number'): NumberInputState {
  const [state, setState] = useState<{ text: string; result: NumberInput }>({ text: String(initial), result: { ok: true, value: initial } });
  const set = (value: number): void => setState({ text: String(value), result: readNumberInput(String(value), range) });
  const onChange = (_: unknown, data: SpinButtonOnChangeData): void => {
    if (data.value !== undefined && data.value !== null) {
      set(data.value);
      return;
    }
    const text = data.displayValue ?? '';
    const result = readNumberInput(text, range, kind);
    // A valid entry is shown as the number it was read as (２０２３ and 令和5 both show 2023).
    setState({ text: result.ok ? String(result.value) : text, result });
  };
  return {
    text: state.text,
    value: state.result.ok ? state.result.value : null,
    problem: state.result.ok ? null : state.result.problem,
    range,
    onChange,
    set,
  };
}
