import type { Strings } from './strings.js';

// Neutral Spanish for Spain and the Americas alike (es-419 uses these strings too).
export default {
  retry: 'Reintentar',
  newTab: '(se abre en una pestaña nueva)',
  news: { heading: 'Noticias', loading: 'Cargando noticias…', empty: 'Aún no hay noticias.', more: 'Mostrar más' },
  card: {
    loading: 'Cargando el centro…',
    empty: 'Aún no hay centros.',
    notFound: (id) => `No hay ningún centro «${id}» en los datos.`,
    excluded: (id) => `El centro «${id}» figura en los datos, pero no se puede mostrar.`,
    choose: 'Elija un centro en el mapa.',
    open: 'Abierto',
    planned: 'Previsto',
    status: 'Estado',
    city: 'Ciudad',
    country: 'País',
    opened: 'Apertura',
    founders: 'Fundadores',
    partners: 'Socios',
    focus: 'Áreas prioritarias',
    source: 'Fuente',
    unresolved: 'Ubicación no identificada',
  },
  map: {
    label: 'Mapa de los centros de innovación de Shenzhen en el extranjero',
    list: 'Lista de centros',
    loading: 'Cargando el mapa…',
    empty: 'Aún no hay centros.',
    open: 'abierto',
    planned: 'previsto',
    unresolved: 'ubicación no identificada',
    cluster: (count, names) =>
      `${count} ${new Intl.PluralRules('es').select(count) === 'one' ? 'centro' : 'centros'}: ${names} — ampliar`,
    reset: 'Ver todo el mapa',
    origin: 'Shenzhen',
    links: 'Las líneas del mapa unen Shenzhen con cada centro abierto.',
  },
  problems: {
    stale: (date) => `Copia guardada el ${date}; puede que no esté actualizada.`,
    failedLoad: 'No se pudieron cargar los datos.',
    failedCors:
      'No se pudieron cargar los datos. Es posible que el sitio donde se encuentran no permita que otros sitios los lean.',
    failedFormat: 'Los datos no están en un formato que este widget pueda leer.',
    failedAddress: 'La dirección de los datos no es válida.',
  },
} satisfies Strings;
