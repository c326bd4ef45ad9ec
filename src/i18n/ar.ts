import type { Strings } from './strings.js';

// Modern Standard Arabic, written right to left (the widgets set dir="rtl" for it).
export default {
  retry: 'إعادة المحاولة',
  newTab: '(يُفتح في علامة تبويب جديدة)',
  news: { heading: 'الأخبار', loading: 'جارٍ تحميل الأخبار…', empty: 'لا توجد أخبار بعد.', more: 'عرض المزيد' },
  card: {
    loading: 'جارٍ تحميل بيانات المركز…',
    empty: 'لا توجد مراكز بعد.',
    notFound: (id) => `لا يوجد في البيانات مركز باسم «${id}».`,
    excluded: (id) => `المركز «${id}» موجود في البيانات، لكن تعذّر عرضه.`,
    choose: 'اختر مركزًا على الخريطة.',
    open: 'قيد التشغيل',
    planned: 'قيد التخطيط',
    status: 'الحالة',
    city: 'المدينة',
    country: 'البلد',
    opened: 'تاريخ الافتتاح',
    founders: 'المؤسِّسون',
    partners: 'الشركاء',
    focus: 'مجالات التركيز',
    source: 'المصدر',
    unresolved: 'لم يُحدَّد الموقع',
  },
  map: {
    label: 'خريطة مراكز الابتكار التابعة لشنتشن في الخارج',
    list: 'قائمة المراكز',
    loading: 'جارٍ تحميل الخريطة…',
    empty: 'لا توجد مراكز بعد.',
    open: 'قيد التشغيل',
    planned: 'قيد التخطيط',
    unresolved: 'لم يُحدَّد الموقع',
    cluster: (count, names) => {
      // The noun follows the number's form: مركز واحد، مركزان، 3–10 مراكز، 11–99 مركزًا، 100 مركز.
      const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {
        one: 'مركز واحد',
        two: 'مركزان',
        few: `${count} مراكز`,
        many: `${count} مركزًا`,
      };
      const counted = forms[new Intl.PluralRules('ar').select(count)] ?? `${count} مركز`;
      return `${counted}: ${names} – تكبير`;
    },
    reset: 'عرض الخريطة كاملة',
    origin: 'شنتشن',
    links: 'تصل خطوط على الخريطة شنتشن بكل مركز قيد التشغيل.',
  },
  problems: {
    stale: (date) => `نسخة محفوظة بتاريخ ${date}؛ قد لا تكون محدَّثة.`,
    failedLoad: 'تعذّر تحميل البيانات.',
    failedCors: 'تعذّر تحميل البيانات. ربما لا يسمح الموقع الذي يستضيفها للمواقع الأخرى بقراءتها.',
    failedFormat: 'البيانات بتنسيق لا تستطيع هذه الأداة قراءته.',
    failedAddress: 'عنوان البيانات غير صالح.',
  },
} satisfies Strings;
