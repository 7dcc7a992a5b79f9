/**
 * The texts of the printable A6 flyer, per language (the codes of lib/languages.ts).
 *
 * Each text is a short title and four plain sentences: learn Dutch in your neighbourhood, free
 * advice, sign up with this code, or call 14 079. `{code}` is the ambassador's referral code and
 * `{phone}` the city's number; both are printed left-to-right inside right-to-left text.
 *
 * NOTE: every text other than Dutch was written without a native speaker. Have each one checked
 * by a native speaker (e.g. an ambassador who speaks it) before printing flyers in volume.
 * Tamazight (ber) is written in Latin script and addresses one person (masculine forms); Kurdish
 * (ku) is Kurmanji in Latin script, so left-to-right.
 */

import { PUBLIC_LOCALE_OF, localePath, routing } from '@/lib/i18n/routing';

export interface FlyerText {
  /** The value of the block's lang attribute (BCP 47). */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  lines: readonly [string, string, string, string];
}

export const FLYER_TEXTS = {
  nl: {
    lang: 'nl',
    dir: 'ltr',
    title: 'Nederlands leren in uw eigen wijk',
    lines: [
      'Wilt u Nederlands leren? Dat kan dicht bij huis.',
      'U krijgt gratis advies over een cursus die bij u past.',
      'Meld u aan met de QR-code en deze code: {code}.',
      'Of bel de gemeente: {phone}.',
    ],
  },
  en: {
    lang: 'en',
    dir: 'ltr',
    title: 'Learn Dutch in your own neighbourhood',
    lines: [
      'Would you like to learn Dutch? You can, close to home.',
      'You get free advice about a course that suits you.',
      'Sign up with the QR code and this code: {code}.',
      'Or call the municipality: {phone}.',
    ],
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    title: 'تعلّم اللغة الهولندية في حيّك',
    lines: [
      'هل تريد أن تتعلم اللغة الهولندية؟ يمكنك ذلك قريبًا من بيتك.',
      'تحصل على نصيحة مجانية حول دورة تناسبك.',
      'سجّل عبر رمز QR وهذا الرمز: {code}.',
      'أو اتصل بالبلدية: {phone}.',
    ],
  },
  tr: {
    lang: 'tr',
    dir: 'ltr',
    title: 'Mahallenizde Hollandaca öğrenin',
    lines: [
      'Hollandaca öğrenmek ister misiniz? Evinize yakın bir yerde mümkün.',
      'Size uygun bir kurs hakkında ücretsiz danışmanlık alırsınız.',
      'QR kodu ve bu kodla kaydolun: {code}.',
      'Ya da belediyeyi arayın: {phone}.',
    ],
  },
  prs: {
    lang: 'prs',
    dir: 'rtl',
    title: 'زبان هالندی را در منطقهٔ خود بیاموزید',
    lines: [
      'آیا می‌خواهید زبان هالندی یاد بگیرید؟ این کار نزدیک خانهٔ شما ممکن است.',
      'شما مشورهٔ رایگان دربارهٔ کورسی که مناسب شما است دریافت می‌کنید.',
      'با کود QR و این کود ثبت نام کنید: {code}.',
      'یا به شاروالی زنگ بزنید: {phone}.',
    ],
  },
  fa: {
    lang: 'fa',
    dir: 'rtl',
    title: 'زبان هلندی را در محلهٔ خودتان یاد بگیرید',
    lines: [
      'می‌خواهید هلندی یاد بگیرید؟ این کار نزدیک خانه‌تان ممکن است.',
      'دربارهٔ دوره‌ای که مناسب شماست، مشاورهٔ رایگان می‌گیرید.',
      'با کد QR و این کد ثبت‌نام کنید: {code}.',
      'یا با شهرداری تماس بگیرید: {phone}.',
    ],
  },
  ps: {
    lang: 'ps',
    dir: 'rtl',
    title: 'په خپله سیمه کې هالنډي ژبه زده کړئ',
    lines: [
      'غواړئ هالنډي ژبه زده کړئ؟ دا ستاسو کور ته نږدې شونې ده.',
      'تاسو د داسې کورس په اړه وړیا مشوره ترلاسه کوئ چې تاسو ته مناسب وي.',
      'د QR کوډ او دې کوډ سره نوم ولیکئ: {code}.',
      'یا ښاروالۍ ته زنګ ووهئ: {phone}.',
    ],
  },
  ti: {
    lang: 'ti',
    dir: 'ltr',
    title: 'ኣብ ከባቢኹም ሆላንድኛ ተማሃሩ',
    lines: [
      'ሆላንድኛ ክትመሃሩ ትደልዩ ዶ? ኣብ ጥቓ ገዛኹም ይከኣል እዩ።',
      'ብዛዕባ ዝሰማማዕኩም ኮርስ ብናጻ ምኽሪ ትረኽቡ።',
      'ብ QR ኮድን ብዚ ኮድን ተመዝገቡ: {code}።',
      'ወይ ድማ ናብ ምምሕዳር ከተማ ደውሉ: {phone}።',
    ],
  },
  so: {
    lang: 'so',
    dir: 'ltr',
    title: 'Ku baro af-Holandiska xaafaddaada',
    lines: [
      'Ma rabtaa inaad barato af-Holandiska? Waxaad ku baran kartaa meel gurigaaga u dhow.',
      'Waxaad helaysaa talo bilaash ah oo ku saabsan koorso kugu habboon.',
      'Isku diiwaangeli koodka QR iyo koodkan: {code}.',
      'Ama wac dowladda hoose: {phone}.',
    ],
  },
  ber: {
    lang: 'ber-Latn',
    dir: 'ltr',
    title: 'Lmed tahulandit deg lḥuma-nnek',
    lines: [
      'Tebɣiḍ ad tlemdeḍ tahulandit? Tzemreḍ, qrib n uxxam-nnek.',
      'Ad ak-nefk awal n tallalt baṭel ɣef tɣuri i k-ilaqen.',
      'Jerred isem-nnek s tengalt QR d tengalt-a: {code}.',
      'Neɣ siwel i teɣiwant: {phone}.',
    ],
  },
  ku: {
    lang: 'ku-Latn',
    dir: 'ltr',
    title: 'Li taxa xwe Holendî hîn bibin',
    lines: [
      'Hûn dixwazin Holendî hîn bibin? Ev nêzîkî mala we gengaz e.',
      'Hûn li ser kursekê ku li we tê, şîreta belaş distînin.',
      'Bi koda QR û vê kodê xwe qeyd bikin: {code}.',
      'An jî li şaredariyê telefon bikin: {phone}.',
    ],
  },
  ur: {
    lang: 'ur',
    dir: 'rtl',
    title: 'اپنے محلے میں ڈچ زبان سیکھیں',
    lines: [
      'کیا آپ ڈچ زبان سیکھنا چاہتے ہیں؟ یہ آپ کے گھر کے قریب ممکن ہے۔',
      'آپ کو اپنے لیے موزوں کورس کے بارے میں مفت مشورہ ملتا ہے۔',
      'QR کوڈ اور اس کوڈ کے ساتھ رجسٹر کریں: {code}۔',
      'یا بلدیہ کو فون کریں: {phone}۔',
    ],
  },
  zh: {
    lang: 'zh-Hans',
    dir: 'ltr',
    title: '在您的社区学习荷兰语',
    lines: [
      '您想学习荷兰语吗？在您家附近就可以学。',
      '您可以免费获得关于适合您的课程的建议。',
      '请用二维码和这个代码报名：{code}。',
      '或拨打市政府电话：{phone}。',
    ],
  },
  pl: {
    lang: 'pl',
    dir: 'ltr',
    title: 'Ucz się niderlandzkiego w swojej dzielnicy',
    lines: [
      'Chcesz nauczyć się niderlandzkiego? Możesz to zrobić blisko domu.',
      'Otrzymasz bezpłatną poradę na temat kursu, który do Ciebie pasuje.',
      'Zapisz się przez kod QR i ten kod: {code}.',
      'Albo zadzwoń do gminy: {phone}.',
    ],
  },
  bg: {
    lang: 'bg',
    dir: 'ltr',
    title: 'Учете нидерландски във вашия квартал',
    lines: [
      'Искате ли да научите нидерландски? Това е възможно близо до дома ви.',
      'Получавате безплатен съвет за курс, който е подходящ за вас.',
      'Запишете се с QR кода и този код: {code}.',
      'Или се обадете на общината: {phone}.',
    ],
  },
  ro: {
    lang: 'ro',
    dir: 'ltr',
    title: 'Învățați limba neerlandeză în cartierul dumneavoastră',
    lines: [
      'Doriți să învățați limba neerlandeză? Se poate, aproape de casă.',
      'Primiți gratuit sfaturi despre un curs potrivit pentru dumneavoastră.',
      'Înscrieți-vă cu codul QR și acest cod: {code}.',
      'Sau sunați la primărie: {phone}.',
    ],
  },
  uk: {
    lang: 'uk',
    dir: 'ltr',
    title: 'Вивчайте нідерландську у своєму районі',
    lines: [
      'Хочете вивчити нідерландську? Це можна зробити поруч із домом.',
      'Ви отримаєте безкоштовну пораду щодо курсу, який вам підходить.',
      'Зареєструйтеся за QR-кодом і цим кодом: {code}.',
      'Або зателефонуйте до муніципалітету: {phone}.',
    ],
  },
  ru: {
    lang: 'ru',
    dir: 'ltr',
    title: 'Изучайте нидерландский в своём районе',
    lines: [
      'Хотите выучить нидерландский? Это можно сделать рядом с домом.',
      'Вы получите бесплатную консультацию о подходящем для вас курсе.',
      'Зарегистрируйтесь по QR-коду и этому коду: {code}.',
      'Или позвоните в муниципалитет: {phone}.',
    ],
  },
  es: {
    lang: 'es',
    dir: 'ltr',
    title: 'Aprenda neerlandés en su barrio',
    lines: [
      '¿Quiere aprender neerlandés? Puede hacerlo cerca de casa.',
      'Recibe asesoramiento gratuito sobre un curso adecuado para usted.',
      'Inscríbase con el código QR y este código: {code}.',
      'O llame al ayuntamiento: {phone}.',
    ],
  },
  pt: {
    lang: 'pt',
    dir: 'ltr',
    title: 'Aprenda neerlandês no seu bairro',
    lines: [
      'Quer aprender neerlandês? Pode fazê-lo perto de casa.',
      'Recebe aconselhamento gratuito sobre um curso adequado para si.',
      'Inscreva-se com o código QR e este código: {code}.',
      'Ou ligue para a câmara municipal: {phone}.',
    ],
  },
  fr: {
    lang: 'fr',
    dir: 'ltr',
    title: 'Apprenez le néerlandais dans votre quartier',
    lines: [
      'Vous voulez apprendre le néerlandais\u00a0? C’est possible près de chez vous.',
      'Vous recevez des conseils gratuits sur un cours qui vous convient.',
      'Inscrivez-vous avec le code QR et ce code\u00a0: {code}.',
      'Ou appelez la mairie\u00a0: {phone}.',
    ],
  },
} as const satisfies Record<string, FlyerText>;

export type FlyerLanguage = keyof typeof FLYER_TEXTS;

export function isFlyerLanguage(code: string): code is FlyerLanguage {
  return Object.prototype.hasOwnProperty.call(FLYER_TEXTS, code);
}

/** The languages an ambassador can print next to Dutch: their profile languages that have a text, in profile order. */
export function flyerLanguagesOf(profileLanguages: readonly string[]): FlyerLanguage[] {
  return [...new Set(profileLanguages)].filter((l): l is FlyerLanguage => l !== 'nl' && isFlyerLanguage(l));
}

/** The second language of the flyer: the one asked for when the ambassador speaks it, else their first. */
export function pickFlyerLanguage(profileLanguages: readonly string[], requested: string | undefined): FlyerLanguage | null {
  const choices = flyerLanguagesOf(profileLanguages);
  if (requested && (choices as string[]).includes(requested)) return requested as FlyerLanguage;
  return choices[0] ?? null;
}

export type FlyerPart = { text: string } | { ltr: string };

/** A line with its placeholders filled; the code and the phone number come as left-to-right parts. */
export function flyerLine(line: string, values: { code: string; phone: string }): FlyerPart[] {
  const parts: FlyerPart[] = [];
  const re = /\{(code|phone)\}/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > last) parts.push({ text: line.slice(last, m.index) });
    parts.push({ ltr: values[m[1] as 'code' | 'phone'] });
    last = m.index + m[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/**
 * Where the flyer's QR code and link lead: the public page in the flyer's second language when
 * there is one (Dari `prs` → `/fa-AF`, Tigrinya → `/ti`), else the Dutch page; always with the
 * ambassador's referral code.
 */
export function flyerPublicPath(second: FlyerLanguage | null, referralCode: string): string {
  const locale = (second && PUBLIC_LOCALE_OF[second]) || routing.defaultLocale;
  return `${localePath(locale)}?ref=${encodeURIComponent(referralCode)}`;
}
