import type { UiLang } from '../shared/locale.js';

export interface NewsStrings {
  heading: string;
  loading: string;
  empty: string;
  more: string;
}

export const newsStrings: Record<UiLang, NewsStrings> = {
  en: { heading: 'News', loading: 'Loading news…', empty: 'No news yet.', more: 'Show more' },
  'zh-Hans': { heading: '新闻', loading: '正在加载新闻…', empty: '暂无新闻。', more: '显示更多' },
  he: { heading: 'חדשות', loading: 'טוען חדשות…', empty: 'אין עדיין חדשות.', more: 'הצגת עוד' },
  fr: { heading: 'Actualités', loading: 'Chargement des actualités…', empty: 'Aucune actualité pour le moment.', more: 'Afficher plus' },
  de: { heading: 'Neuigkeiten', loading: 'Neuigkeiten werden geladen…', empty: 'Noch keine Neuigkeiten.', more: 'Mehr anzeigen' },
};
