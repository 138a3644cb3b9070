import type { ThemeConfig } from 'antd';

export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';

// antd's default greys (placeholder 25 %, secondary 45 % black) and its bright link and tag text
// colours fall below WCAG AA's 4.5:1; these keep every text at least 4.5:1 on white and on the page grey.
const READABLE_GREY = 'rgba(0, 0, 0, 0.62)';
const PRIMARY = '#1f4e8c';

/** Tag text one or two shades darker than antd's shade 7, so it reads on the tag's pale background. */
const TAG_TEXT = {
  blue7: '#003eb3',
  cyan7: '#00474f',
  geekblue7: '#10239e',
  gold7: '#874d00',
  green7: '#135200',
  lime7: '#3f6600',
  magenta7: '#9e1068',
  orange7: '#873800',
  purple7: '#391085',
  red7: '#a8071a',
  volcano7: '#871400',
  yellow7: '#614700',
  colorSuccess: '#135200',
  colorInfo: '#003eb3',
  colorWarning: '#874d00',
  colorError: '#a8071a',
};

export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorTextPlaceholder: READABLE_GREY,
    colorTextDescription: READABLE_GREY,
    colorTextTertiary: READABLE_GREY,
    // antd's green-6 and red-5 (success text, danger buttons) are 3.5:1 and 3.3:1 on white.
    colorSuccess: '#237804',
    colorError: '#cf1322',
    borderRadius: 6,
  },
  components: {
    Tag: TAG_TEXT,
    // An empty table's "no data" line is drawn in colorTextDisabled.
    Table: { colorTextDisabled: READABLE_GREY },
    // The unchecked switch shows white text on colorTextQuaternary: darken it to 4.5:1.
    Switch: { colorTextQuaternary: 'rgba(0, 0, 0, 0.55)', colorTextTertiary: 'rgba(0, 0, 0, 0.7)' },
  },
};
