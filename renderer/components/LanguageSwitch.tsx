import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Button type="link" onClick={() => void switchLanguage(i18n.language === 'en' ? 'zh' : 'en')}>
      {t('app.language')}
    </Button>
  );
}
