import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { setupI18n } from './i18n';

setupI18n();
createRoot(document.getElementById('root')!).render(<App />);
