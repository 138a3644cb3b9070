import type { ThemeConfig } from 'antd';

export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';

export const theme: ThemeConfig = {
  token: {
    fontFamily: FONT_FAMILY,
    colorPrimary: '#1f4e8c',
    borderRadius: 6,
  },
};
