import type { Strings } from './en.js';

export default {
  retry: 'Réessayer',
  stale: (date) => `Copie enregistrée le ${date} ; elle n’est peut-être plus à jour.`,
  failedLoad: 'Impossible de charger les données.',
  failedFormat: 'Les données ne sont pas dans un format lisible par ce widget.',
  failedAddress: 'L’adresse des données n’est pas valide.',
  newTab: '(s’ouvre dans un nouvel onglet)',
  news: { heading: 'Actualités', loading: 'Chargement des actualités…', empty: 'Aucune actualité pour le moment.', more: 'Afficher plus' },
  card: {
    loading: 'Chargement du centre…',
    empty: 'Aucun centre pour le moment.',
    notFound: (id) => `Aucun centre « ${id} » dans les données.`,
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
} satisfies Strings;
