import type { Strings } from './strings.js';

export default {
  retry: 'Réessayer',
  newTab: '(s’ouvre dans un nouvel onglet)',
  news: {
    heading: 'Actualités',
    loading: 'Chargement des actualités…',
    empty: 'Aucune actualité pour le moment.',
    more: 'Afficher plus',
  },
  card: {
    loading: 'Chargement du centre…',
    empty: 'Aucun centre pour le moment.',
    notFound: (id) => `Aucun centre « ${id} » dans les données.`,
    excluded: (id) => `Le centre « ${id} » figure dans les données mais ne peut pas être affiché.`,
    choose: 'Choisissez un centre sur la carte.',
    open: 'Ouvert',
    planned: 'Prévu',
    status: 'Statut',
    city: 'Ville',
    country: 'Pays',
    opened: 'Ouverture',
    founders: 'Fondateurs',
    partners: 'Partenaires',
    focus: 'Domaines',
    source: 'Source',
    unresolved: 'Lieu non identifié',
  },
  map: {
    label: 'Carte des centres d’innovation de Shenzhen à l’étranger',
    list: 'Liste des centres',
    loading: 'Chargement de la carte…',
    empty: 'Aucun centre pour le moment.',
    open: 'ouvert',
    planned: 'prévu',
    unresolved: 'lieu non identifié',
    cluster: (count, names) =>
      `${count} ${new Intl.PluralRules('fr').select(count) === 'one' ? 'centre' : 'centres'} : ${names} — agrandir`,
    reset: 'Afficher toute la carte',
    origin: 'Shenzhen',
    links: 'Des lignes sur la carte relient Shenzhen à chaque centre ouvert.',
  },
  problems: {
    stale: (date) => `Copie enregistrée le ${date} ; elle n’est peut-être plus à jour.`,
    failedLoad: 'Impossible de charger les données.',
    failedCors:
      'Impossible de charger les données. Le site qui les héberge n’autorise peut-être pas les autres sites à les lire.',
    failedFormat: 'Les données ne sont pas dans un format lisible par ce widget.',
    failedAddress: 'L’adresse des données n’est pas valide.',
  },
} satisfies Strings;
