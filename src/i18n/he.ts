import type { Strings } from './en.js';

export default {
  retry: 'ניסיון חוזר',
  stale: (date) => `עותק שמור מ־${date}; ייתכן שאינו עדכני.`,
  failedLoad: 'לא ניתן היה לטעון את הנתונים.',
  failedFormat: 'הנתונים אינם בתבנית שהווידג׳ט יכול לקרוא.',
  failedAddress: 'כתובת הנתונים אינה תקינה.',
  newTab: '(נפתח בכרטיסייה חדשה)',
  news: { heading: 'חדשות', loading: 'טוען חדשות…', empty: 'אין עדיין חדשות.', more: 'הצגת עוד' },
  card: {
    loading: 'טוען את פרטי המרכז…',
    empty: 'אין עדיין מרכזים.',
    notFound: (id) => `אין בנתונים מרכז בשם "${id}".`,
    open: 'פעיל',
    planned: 'מתוכנן',
    status: 'סטטוס',
    city: 'עיר',
    country: 'מדינה',
    opened: 'נפתח',
    founders: 'מייסדים',
    partners: 'שותפים',
    focus: 'תחומי התמקדות',
    source: 'מקור',
    unresolved: 'המיקום לא זוהה',
  },
} satisfies Strings;
