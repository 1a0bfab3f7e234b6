/** A Field label with a help popover (Fluent's InfoLabel), its button named in the pane's language. */
import { InfoLabel, type LabelProps } from '@fluentui/react-components';

/** The `label` slot value for a Field: the label text and an ⓘ button that opens `info`. */
export function helpLabel({ label, info, helpLabel: buttonLabel }: { label: string; info: string; helpLabel: string }) {
  return {
    children: (_: unknown, props: LabelProps) => (
      <InfoLabel {...props} info={info} infoButton={{ 'aria-label': buttonLabel }}>
        {label}
      </InfoLabel>
    ),
  };
}
