import { Input } from 'antd';
import { useT } from '../../app/i18n/index.js';

/** The fewest characters of a reason the server accepts for personal data. */
export const MIN_REASON = 10;

/** The labelled reason box every disclosure of personal data asks for (written to the audit trail). */
export function ReasonField(props: { id: string; value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <>
      <label htmlFor={props.id}>{t('households.reason')}</label>
      <Input.TextArea
        id={props.id}
        data-testid={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        maxLength={500}
        rows={3}
      />
    </>
  );
}
