import type { Strings } from './strings.js';

export default {
  retry: 'ניסיון חוזר',
  newTab: '(נפתח בכרטיסייה חדשה)',
  news: { heading: 'חדשות', loading: 'טוען חדשות…', empty: 'אין עדיין חדשות.', more: 'הצגת עוד' },
  card: {
    loading: 'טוען את פרטי המרכז…',
    empty: 'אין עדיין מרכזים.',
    notFound: (id) => `אין בנתונים מרכז בשם "${id}".`,
    excluded: (id) => `המרכז "${id}" מופיע בנתונים, אך לא ניתן להציג אותו.`,
    choose: 'יש לבחור מרכז במפה.',
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
  map: {
    label: 'מפת מרכזי החדשנות של שנזן בחו״ל',
    list: 'רשימת המרכזים',
    loading: 'טוען מפה…',
    empty: 'אין עדיין מרכזים.',
    open: 'פעיל',
    planned: 'מתוכנן',
    unresolved: 'המיקום לא זוהה',
    // "one" puts the number after the noun; every other form (two included) is "N מרכזים".
    cluster: (count, names) =>
      `${new Intl.PluralRules('he').select(count) === 'one' ? 'מרכז אחד' : `${count} מרכזים`}: ${names} – הגדלה`,
    reset: 'הצגת המפה כולה',
    origin: 'שנזן',
    links: 'קווים במפה מחברים את שנזן לכל מרכז פעיל.',
  },
  problems: {
    stale: (date) => `עותק שמור מ־${date}; ייתכן שאינו עדכני.`,
    failedLoad: 'לא ניתן היה לטעון את הנתונים.',
    failedCors: 'לא ניתן היה לטעון את הנתונים. ייתכן שהאתר שבו הם נמצאים אינו מאפשר לאתרים אחרים לקרוא אותם.',
    failedFormat: 'הנתונים אינם בתבנית שהווידג׳ט יכול לקרוא.',
    failedAddress: 'כתובת הנתונים אינה תקינה.',
  },
} satisfies Strings;
