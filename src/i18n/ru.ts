import type { Strings } from './strings.js';

export default {
  retry: 'Повторить',
  newTab: '(откроется в новой вкладке)',
  news: { heading: 'Новости', loading: 'Загрузка новостей…', empty: 'Новостей пока нет.', more: 'Показать ещё' },
  card: {
    loading: 'Загрузка данных о центре…',
    empty: 'Центров пока нет.',
    notFound: (id) => `В данных нет центра «${id}».`,
    excluded: (id) => `Центр «${id}» есть в данных, но показать его не удалось.`,
    choose: 'Выберите центр на карте.',
    open: 'Открыт',
    planned: 'Планируется',
    status: 'Статус',
    city: 'Город',
    country: 'Страна',
    opened: 'Открытие',
    founders: 'Учредители',
    partners: 'Партнёры',
    focus: 'Направления',
    source: 'Источник',
    unresolved: 'Местоположение не установлено',
  },
  map: {
    label: 'Карта зарубежных инновационных центров Шэньчжэня',
    list: 'Список центров',
    loading: 'Загрузка карты…',
    empty: 'Центров пока нет.',
    open: 'открыт',
    planned: 'планируется',
    unresolved: 'местоположение не установлено',
    cluster: (count, names) => {
      // 1, 21 центр; 2–4, 22–24 центра; 5–20, 25 центров.
      const noun: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'центр', few: 'центра', many: 'центров' };
      return `${count} ${noun[new Intl.PluralRules('ru').select(count)] ?? 'центра'}: ${names} — приблизить`;
    },
    reset: 'Показать всю карту',
    origin: 'Шэньчжэнь',
    links: 'Линии на карте соединяют Шэньчжэнь с каждым открытым центром.',
  },
  problems: {
    stale: (date) => `Сохранённая копия от ${date}; данные могут быть устаревшими.`,
    failedLoad: 'Не удалось загрузить данные.',
    failedCors:
      'Не удалось загрузить данные. Возможно, сайт, на котором они размещены, не разрешает другим сайтам их читать.',
    failedFormat: 'Этот виджет не может прочитать данные в таком формате.',
    failedAddress: 'Неверный адрес данных.',
  },
} satisfies Strings;
