/** A drop zone for workbooks with a 「ファイルを選択」 button beside the drop text (the button is the keyboard way in). */
import { Button, Field, Text, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  drop: {
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    padding: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
});

/** The field: `label` above, the drop zone, and a hidden multi-file input behind the pick button. */
export function FileDrop({ label, dropText, pickText, testId, onFiles }: { label: string; dropText: string; pickText: string; testId: string; onFiles: (files: File[]) => void }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <Field label={label}>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles([...e.dataTransfer.files]);
        }}
      >
        <Text className={panel.text}>{dropText}</Text>
        <Button onClick={() => input.current?.click()}>{pickText}</Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm"
          aria-label={pickText}
          data-testid={testId}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
    </Field>
  );
}
