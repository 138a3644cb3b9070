import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import generatePickerModule from 'antd/es/date-picker/generatePicker/index.js';
import type { Dayjs } from 'dayjs';
import type { ComponentProps } from 'react';
import { esmDefault } from '../app/esmDefault.js';
import { useLang, type Lang } from '../app/i18n/index.js';
import { createBeGenerateConfig } from './be-generate-config.js';

const BePicker = esmDefault(generatePickerModule)<Dayjs>(
  createBeGenerateConfig(esmDefault(dayjsGenerateConfig)),
);

/** Both languages show the BE year; YYYY is rewritten to BE by the generate config. */
export const BE_DATE_FORMATS: Record<Lang, string> = { th: 'D MMMM BBBB', en: 'D MMM YYYY' };

export type BeDatePickerProps = ComponentProps<typeof BePicker>;

/** antd DatePicker whose input, headers and year/decade panels all use Buddhist-Era years. */
export function BeDatePicker(props: BeDatePickerProps) {
  const { lang } = useLang();
  return <BePicker format={BE_DATE_FORMATS[lang]} {...props} />;
}
