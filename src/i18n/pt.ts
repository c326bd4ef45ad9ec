import type { Strings } from './strings.js';

// One Portuguese for Brazil and Portugal (pt-BR and pt-PT both use it): where the two differ,
// a word both accept (previsto, situação, mostrar), else the Brazilian one, the larger readership.
export default {
  retry: 'Tentar novamente',
  newTab: '(abre em uma nova aba)',
  news: { heading: 'Notícias', loading: 'Carregando notícias…', empty: 'Ainda não há notícias.', more: 'Mostrar mais' },
  card: {
    loading: 'Carregando o centro…',
    empty: 'Ainda não há centros.',
    notFound: (id) => `Não há nenhum centro “${id}” nos dados.`,
    excluded: (id) => `O centro “${id}” consta nos dados, mas não pode ser mostrado.`,
    choose: 'Escolha um centro no mapa.',
    open: 'Aberto',
    planned: 'Previsto',
    status: 'Situação',
    city: 'Cidade',
    country: 'País',
    opened: 'Inauguração',
    founders: 'Fundadores',
    partners: 'Parceiros',
    focus: 'Áreas prioritárias',
    source: 'Fonte',
    unresolved: 'Local não identificado',
  },
  map: {
    label: 'Mapa dos centros de inovação de Shenzhen pelo mundo',
    list: 'Lista de centros',
    loading: 'Carregando o mapa…',
    empty: 'Ainda não há centros.',
    open: 'aberto',
    planned: 'previsto',
    unresolved: 'local não identificado',
    cluster: (count, names) =>
      `${count} ${new Intl.PluralRules('pt').select(count) === 'one' ? 'centro' : 'centros'}: ${names} — ampliar`,
    reset: 'Mostrar o mapa inteiro',
    origin: 'Shenzhen',
    links: 'Linhas no mapa ligam Shenzhen a cada centro aberto.',
  },
  problems: {
    stale: (date) => `Cópia de ${date}; pode estar desatualizada.`,
    failedLoad: 'Não foi possível carregar os dados.',
    failedCors:
      'Não foi possível carregar os dados. Talvez o site onde eles estão não permita que outros sites os leiam.',
    failedFormat: 'Este widget não consegue ler o formato dos dados.',
    failedAddress: 'O endereço dos dados não é válido.',
  },
} satisfies Strings;
