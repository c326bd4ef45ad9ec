import type { UiLang } from '../shared/locale.js';

export interface MapStrings {
  label: string;
  list: string;
  loading: string;
  empty: string;
  open: string;
  planned: string;
  unresolved: string;
  /** A group marker's name: how many centres, which, and what activating it does. */
  cluster: (count: number, names: string) => string;
  reset: string;
}

// The map's own strings, all languages here: the map already loads its drawing code on demand,
// and keeping these out of the shared language chunks keeps them out of the classic bundle.
export const mapStrings: Record<UiLang, MapStrings> = {
  en: {
    label: "Map of Shenzhen's overseas innovation centres",
    list: 'List of centres',
    loading: 'Loading the map…',
    empty: 'No centres yet.',
    open: 'open',
    planned: 'planned',
    unresolved: 'location not identified',
    cluster: (count, names) => `${count} centres: ${names} — zoom in`,
    reset: 'Show the whole map',
  },
  'zh-Hans': {
    label: '深圳海外创新中心地图',
    list: '创新中心列表',
    loading: '正在加载地图…',
    empty: '暂无创新中心。',
    open: '已启用',
    planned: '规划中',
    unresolved: '位置未确定',
    cluster: (count, names) => `${count} 个创新中心：${names}——放大查看`,
    reset: '显示整幅地图',
  },
  he: {
    label: 'מפת מרכזי החדשנות של שנזן בחו״ל',
    list: 'רשימת המרכזים',
    loading: 'טוען מפה…',
    empty: 'אין עדיין מרכזים.',
    open: 'פעיל',
    planned: 'מתוכנן',
    unresolved: 'המיקום לא זוהה',
    cluster: (count, names) => `${count} מרכזים: ${names} – הגדלה`,
    reset: 'הצגת המפה כולה',
  },
  fr: {
    label: 'Carte des centres d’innovation de Shenzhen à l’étranger',
    list: 'Liste des centres',
    loading: 'Chargement de la carte…',
    empty: 'Aucun centre pour le moment.',
    open: 'ouvert',
    planned: 'prévu',
    unresolved: 'lieu non identifié',
    cluster: (count, names) => `${count} centres : ${names} — agrandir`,
    reset: 'Afficher toute la carte',
  },
  de: {
    label: 'Karte der Innovationszentren Shenzhens im Ausland',
    list: 'Liste der Zentren',
    loading: 'Karte wird geladen…',
    empty: 'Noch keine Zentren.',
    open: 'eröffnet',
    planned: 'geplant',
    unresolved: 'Ort nicht ermittelt',
    cluster: (count, names) => `${count} Zentren: ${names} – vergrößern`,
    reset: 'Ganze Karte zeigen',
  },
};
