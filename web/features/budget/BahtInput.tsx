import { InputNumber } from 'antd';

const groupDigits = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface BahtInputProps {
  value?: string;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  ariaLabel?: string;
  testId?: string;
}

/**
 * An amount in baht typed with thousands separators and at most two decimals; the value stays a
 * decimal string so large amounts never pass through a float on their way to satang.
 */
export function BahtInput({ value, onChange, id, disabled, ariaLabel, testId }: BahtInputProps) {
  return (
    <InputNumber<string>
      id={id}
      stringMode
      min="0"
      precision={2}
      controls={false}
      disabled={disabled}
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%' }}
      value={value}
      onChange={onChange}
      formatter={(text) => {
        const [whole = '', fraction] = String(text ?? '').split('.');
        return fraction === undefined ? groupDigits(whole) : `${groupDigits(whole)}.${fraction}`;
      }}
      parser={(text) => (text ?? '').replace(/,/g, '')}
    />
  );
}
