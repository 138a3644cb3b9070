import { Switch } from 'antd';
import { useLang, useT } from '../i18n/index.js';

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();

  const handleChange = (english: boolean) => {
    setLang(english ? 'en' : 'th');
  };

  return (
    <Switch
      checked={lang === 'en'}
      onChange={handleChange}
      checkedChildren={t('header.english')}
      unCheckedChildren={t('header.thai')}
      aria-label={t('header.language')}
      data-testid="lang-switch"
    />
  );
}
