import type { DbOrTx } from '@/db/client';
import { surveyQuestions, surveySections, surveys, type LocalizedText } from '@/db/schema';
import type { QuestionKind } from '../survey/logic';

/** The default survey's key (e2e and tests find it by this). */
export const DEFAULT_SURVEY_KEY = 'participants';

/** The public site's nine languages, in the order of each text below (PUBLIC_LOCALES in lib/i18n/routing). */
export const DEMO_SURVEY_LOCALES = ['nl', 'en', 'ar', 'fa-AF', 'tr', 'ti', 'pl', 'uk', 'so'] as const;
type L = [nl: string, en: string, ar: string, faAF: string, tr: string, ti: string, pl: string, uk: string, so: string];
const localized = (texts: L): LocalizedText => Object.fromEntries(DEMO_SURVEY_LOCALES.map((locale, i) => [locale, texts[i]]));

interface Q {
  key: string;
  kind: QuestionKind;
  required?: boolean;
  text: L;
  options?: L[];
  showIf?: { key: string; values: string[] };
}

/**
 * The pilot's survey among course participants, built from the source's themes (its appendix with
 * the questionnaire is not included): motives and obstacles before the course, experiences and
 * obstacles during it, life after it, and at the end "would you help others?" (a yes becomes an
 * ambassador candidate after explicit consent). In the public site's nine languages; open.
 *
 * NOTE: every text other than Dutch and English was written without a native speaker (machine
 * quality). These texts are data, not message files, so they are not in the languages'
 * `_review.json` (whose test only accepts message namespaces and keys): have a native speaker
 * check them, or rewrite them in the survey builder, before the survey is used for real.
 */
const SECTIONS: { title: L; questions: Q[] }[] = [
  {
    title: ['Voor de cursus', 'Before the course', 'قبل الدورة', 'پیش از کورس', 'Kurstan önce', 'ቅድሚ ኮርስ', 'Przed kursem', 'До курсу', 'Ka hor koorsada'],
    questions: [
      {
        key: 'motives',
        kind: 'multiple',
        required: true,
        text: ['Waarom wilde u Nederlands leren?', 'Why did you want to learn Dutch?', 'لماذا أردت تعلم اللغة الهولندية؟', 'چرا می‌خواستید هالندی بیاموزید؟', 'Neden Hollandaca öğrenmek istediniz?', 'ስለምንታይ ሆላንድኛ ክትመሃሩ ደሊኹም?', 'Dlaczego zależało ci na nauce niderlandzkiego?', 'Чому ви хотіли вивчати нідерландську?', 'Maxaad u rabtay inaad barato Af-Holandiska?'],
        options: [
          ['Voor werk', 'For work', 'من أجل العمل', 'برای کار', 'İş için', 'ንስራሕ', 'Dla pracy', 'Для роботи', 'Shaqo awgeed'],
          ['Voor mijn kinderen en hun school', 'For my children and their school', 'من أجل أطفالي ومدرستهم', 'برای فرزندانم و مکتب‌شان', 'Çocuklarım ve okulları için', 'ንደቀይን ቤት ትምህርቶምን', 'Dla moich dzieci i ich szkoły', 'Для моїх дітей та їхньої школи', 'Carruurtayda iyo dugsigooda awgeed'],
          ['Om zelf dingen te regelen (dokter, gemeente)', 'To arrange things myself (doctor, municipality)', 'لأنجز أموري بنفسي (الطبيب، البلدية)', 'برای این‌که کارهایم را خودم انجام دهم (داکتر، شاروالی)', 'İşlerimi kendim halletmek için (doktor, belediye)', 'ጉዳያተይ ባዕለይ ንምፍጻም (ሓኪም፡ ምምሕዳር ከተማ)', 'Żeby samodzielnie załatwiać sprawy (lekarz, gmina)', 'Щоб самостійно вирішувати справи (лікар, муніципалітет)', 'Si aan arrimahayga u maareeyo (dhakhtar, dawladda hoose)'],
          ['Voor contact met buren', 'For contact with neighbours', 'للتواصل مع الجيران', 'برای ارتباط با همسایه‌ها', 'Komşularla iletişim için', 'ምስ ጎረባብቲ ንምርኻብ', 'Dla kontaktu z sąsiadami', 'Для спілкування із сусідами', 'Xiriirka deriskayga awgeed'],
          ['Het moest (inburgering)', 'I had to (civic integration)', 'كان ذلك إلزاميًا (الاندماج)', 'اجباری بود (مدنی‌سازی، inburgering)', 'Zorunluydu (uyum, inburgering)', 'ግዴታ ነይሩ (ምውህሃድ፡ inburgering)', 'To był obowiązek (integracja, inburgering)', 'Це було обов’язково (інтеграція, inburgering)', 'Waajib ayay ahayd (is-dhexgalka, inburgering)'],
        ],
      },
      {
        key: 'heard',
        kind: 'single',
        text: ['Hoe hoorde u van de cursus?', 'How did you hear about the course?', 'كيف سمعت عن الدورة؟', 'از کورس چطور خبر شدید؟', 'Kursu nereden duydunuz?', 'ብዛዕባ እቲ ኮርስ ከመይ ሰሚዕኩም?', 'Skąd wiesz o kursie?', 'Як ви дізналися про курс?', 'Sidee ku maqashay koorsada?'],
        options: [
          ['Via familie of vrienden', 'Through family or friends', 'عن طريق العائلة أو الأصدقاء', 'از طریق خانواده یا دوستان', 'Ailem veya arkadaşlarım aracılığıyla', 'ብስድራ ወይ ብኣዕሩኽ', 'Od rodziny lub znajomych', 'Від родини або друзів', 'Qoyska ama saaxiibbada'],
          ['Via een ambassadeur', 'Through an ambassador', 'عن طريق سفير', 'از طریق یک سفیر', 'Bir elçi aracılığıyla', 'ብኣምባሳደር', 'Od ambasadora', 'Від амбасадора', 'Safiir'],
          ['Via de gemeente', 'Through the municipality', 'عن طريق البلدية', 'از طریق شاروالی', 'Belediye aracılığıyla', 'ብምምሕዳር ከተማ', 'Od gminy', 'Від муніципалітету', 'Dawladda hoose'],
          ['Via een vereniging, moskee of kerk', 'Through an association, mosque or church', 'عن طريق جمعية أو مسجد أو كنيسة', 'از طریق یک انجمن، مسجد یا کلیسا', 'Bir dernek, cami veya kilise aracılığıyla', 'ብማሕበር፡ መስጊድ ወይ ቤተ ክርስትያን', 'Przez stowarzyszenie, meczet lub kościół', 'Через об’єднання, мечеть або церкву', 'Urur, masaajid ama kaniisad'],
          ['Anders', 'Other', 'غير ذلك', 'دیگر', 'Diğer', 'ካልእ', 'Inne', 'Інше', 'Wax kale'],
        ],
      },
      {
        key: 'obstaclesBefore',
        kind: 'multiple',
        text: ['Wat maakte beginnen moeilijk?', 'What made starting difficult?', 'ما الذي جعل البدء صعبًا؟', 'چه چیزی شروع را دشوار کرد؟', 'Başlamayı ne zorlaştırdı?', 'ምጅማር እንታይ ኣሸጊሩዎ?', 'Co utrudniało rozpoczęcie kursu?', 'Що ускладнювало початок?', 'Maxaa adkeeyay bilaabidda?'],
        options: [
          ['Opvang voor mijn kinderen', 'Childcare', 'رعاية الأطفال', 'نگهداری از فرزندانم', 'Çocuk bakımı', 'ክንክን ህጻናት', 'Opieka nad dziećmi', 'Догляд за дітьми', 'Daryeelka carruurta'],
          ['De kosten', 'The costs', 'التكاليف', 'هزینه‌ها', 'Masraflar', 'ወጻኢታት', 'Koszty', 'Витрати', 'Kharashka'],
          ['Geen tijd door werk', 'No time because of work', 'لا وقت بسبب العمل', 'به خاطر کار وقت نداشتم', 'İş yüzünden zamanım yoktu', 'ብሰንኪ ስራሕ ግዜ ኣይነበረንን', 'Brak czasu przez pracę', 'Не було часу через роботу', 'Waqti ma haysan shaqada awgeed'],
          ['Ik wist niet waar ik moest beginnen', 'I did not know where to start', 'لم أعرف من أين أبدأ', 'نمی‌دانستم از کجا شروع کنم', 'Nereden başlayacağımı bilmiyordum', 'ካበይ ከም ዝጅምር ኣይፈለጥኩን', 'Nie było wiadomo, od czego zacząć', 'Було незрозуміло, з чого почати', 'Ma aanan garanayn meel aan ka bilaabo'],
          ['Schaamte of onzekerheid', 'Shame or insecurity', 'الخجل أو عدم الثقة', 'شرم یا نداشتن اعتماد به نفس', 'Utanç veya güvensizlik', 'ሕፍረት ወይ ዘይርግጸኛነት', 'Wstyd lub niepewność', 'Сором або невпевненість', 'Xishood ama kalsooni darro'],
          ['Niets, het was makkelijk', 'Nothing, it was easy', 'لا شيء، كان الأمر سهلًا', 'هیچ، آسان بود', 'Hiçbir şey, kolaydı', 'ዋላ ሓንቲ፡ ቀሊል ነይሩ', 'Nic, było łatwo', 'Нічого, було легко', 'Waxba, way fududayd'],
        ],
      },
    ],
  },
  {
    title: ['Tijdens de cursus', 'During the course', 'أثناء الدورة', 'در جریان کورس', 'Kurs sırasında', 'ኣብ እዋን ኮርስ', 'W trakcie kursu', 'Під час курсу', 'Inta lagu jiro koorsada'],
    questions: [
      { key: 'satisfied', kind: 'scale', required: true, text: ['Hoe tevreden was u over de cursus?', 'How satisfied were you with the course?', 'ما مدى رضاك عن الدورة؟', 'چقدر از کورس راضی بودید؟', 'Kurstan ne kadar memnun kaldınız?', 'በቲ ኮርስ ክንደይ ዕጉባት ነይርኩም?', 'Jak bardzo podobał ci się kurs?', 'Наскільки ви були задоволені курсом?', 'Intee in le\'eg ayaad ku qanacday koorsada?'] },
      {
        key: 'finished',
        kind: 'single',
        required: true,
        text: ['Heeft u de cursus afgemaakt?', 'Did you finish the course?', 'هل أكملت الدورة؟', 'آیا کورس را تمام کردید؟', 'Kursu bitirdiniz mi?', 'ነቲ ኮርስ ወዲእኩምዎ ዶ?', 'Czy udało ci się skończyć kurs?', 'Ви завершили курс?', 'Ma dhammaysay koorsada?'],
        options: [
          ['Ja', 'Yes', 'نعم', 'بلی', 'Evet', 'እወ', 'Tak', 'Так', 'Haa'],
          ['Ik ben nog bezig', 'I am still doing it', 'ما زلت أتابعها', 'هنوز ادامه می‌دهم', 'Hâlâ devam ediyorum', 'ገና ይቕጽሎ ኣለኹ', 'Nadal się uczę', 'Я ще навчаюся', 'Weli waan ku jiraa'],
          ['Nee, ik ben gestopt', 'No, I stopped', 'لا، توقفت', 'نه، آن را رها کردم', 'Hayır, bıraktım', 'ኣይፋል፡ ኣቋሪጸዮ', 'Nie, kurs został przerwany', 'Ні, довелося припинити', 'Maya, waan joojiyay'],
        ],
      },
      {
        key: 'whyStopped',
        kind: 'multiple',
        required: true,
        text: ['Waarom bent u gestopt?', 'Why did you stop?', 'لماذا توقفت؟', 'چرا آن را رها کردید؟', 'Neden bıraktınız?', 'ስለምንታይ ኣቋሪጽኩምዎ?', 'Dlaczego kurs został przerwany?', 'Чому довелося припинити?', 'Maxaad u joojisay?'],
        options: [
          ['Opvang voor mijn kinderen', 'Childcare', 'رعاية الأطفال', 'نگهداری از فرزندانم', 'Çocuk bakımı', 'ክንክን ህጻናት', 'Opieka nad dziećmi', 'Догляд за дітьми', 'Daryeelka carruurta'],
          ['Werk', 'Work', 'العمل', 'کار', 'İş', 'ስራሕ', 'Praca', 'Робота', 'Shaqo'],
          ['Het was te moeilijk', 'It was too difficult', 'كانت صعبة جدًا', 'خیلی دشوار بود', 'Çok zordu', 'ኣዝዩ ከቢድ ነይሩ', 'Było za trudno', 'Було надто складно', 'Aad ayay u adkayd'],
          ['Gezondheid', 'Health', 'الصحة', 'صحت', 'Sağlık', 'ጥዕና', 'Zdrowie', 'Здоров’я', 'Caafimaad'],
          ['Anders', 'Other', 'غير ذلك', 'دیگر', 'Diğer', 'ካልእ', 'Inne', 'Інше', 'Wax kale'],
        ],
        showIf: { key: 'finished', values: ['o3'] },
      },
      { key: 'helped', kind: 'long_text', text: ['Wat hielp u het meest tijdens de cursus?', 'What helped you most during the course?', 'ما الذي ساعدك أكثر أثناء الدورة؟', 'در جریان کورس چه چیزی بیشتر از همه به شما کمک کرد؟', 'Kurs sırasında size en çok ne yardımcı oldu?', 'ኣብ እዋን ኮርስ ብዝያዳ እንታይ ሓጊዙኩም?', 'Co najbardziej pomagało ci w trakcie kursu?', 'Що вам найбільше допомагало під час курсу?', 'Maxaa sida ugu badan kuu caawiyay inta lagu jiray koorsada?'] },
    ],
  },
  {
    title: ['Na de cursus', 'After the course', 'بعد الدورة', 'پس از کورس', 'Kurstan sonra', 'ድሕሪ ኮርስ', 'Po kursie', 'Після курсу', 'Koorsada ka dib'],
    questions: [
      { key: 'daily', kind: 'scale', text: ['Hoeveel helpt uw Nederlands u nu in het dagelijks leven?', 'How much does your Dutch help you in daily life now?', 'إلى أي مدى تساعدك لغتك الهولندية في حياتك اليومية الآن؟', 'اکنون هالندی شما در زندگی روزمره چقدر به شما کمک می‌کند؟', 'Hollandacanız şimdi günlük hayatta size ne kadar yardımcı oluyor?', 'ሆላንድኛኹም ሕጂ ኣብ መዓልታዊ ህይወት ክንደይ ይሕግዘኩም?', 'Jak bardzo niderlandzki pomaga ci teraz na co dzień?', 'Наскільки нідерландська допомагає вам зараз у повсякденному житті?', 'Intee in le\'eg ayuu Af-Holandiskaagu hadda kaaga caawiyaa nolol maalmeedka?'] },
      {
        key: 'now',
        kind: 'single',
        text: ['Wat doet u nu?', 'What do you do now?', 'ماذا تفعل الآن؟', 'اکنون چه کار می‌کنید؟', 'Şimdi ne yapıyorsunuz?', 'ሕጂ እንታይ ትገብሩ ኣለኹም?', 'Czym zajmujesz się teraz?', 'Чим ви займаєтеся зараз?', 'Maxaad hadda qabataa?'],
        options: [
          ['Betaald werk', 'Paid work', 'عمل مدفوع الأجر', 'کار با معاش', 'Ücretli iş', 'ብደሞዝ ዝኽፈል ስራሕ', 'Płatna praca', 'Оплачувана робота', 'Shaqo mushahar leh'],
          ['Een opleiding', 'Studying', 'دراسة', 'تحصیل', 'Eğitim', 'ትምህርቲ', 'Nauka', 'Навчання', 'Waxbarasho'],
          ['Vrijwilligerswerk', 'Volunteering', 'عمل تطوعي', 'کار داوطلبانه', 'Gönüllü çalışma', 'ወለንታዊ ስራሕ', 'Wolontariat', 'Волонтерство', 'Shaqo tabarruc ah'],
          ['Ik zoek werk', 'Looking for work', 'أبحث عن عمل', 'دنبال کار می‌گردم', 'İş arıyorum', 'ስራሕ እደሊ ኣለኹ', 'Szukam pracy', 'Шукаю роботу', 'Shaqo ayaan raadinayaa'],
          ['Anders', 'Other', 'غير ذلك', 'دیگر', 'Diğer', 'ካልእ', 'Inne', 'Інше', 'Wax kale'],
        ],
      },
      { key: 'obstaclesAfter', kind: 'long_text', text: ['Wat is na de cursus nog moeilijk?', 'What is still difficult after the course?', 'ما الذي لا يزال صعبًا بعد الدورة؟', 'پس از کورس چه چیزی هنوز دشوار است؟', 'Kurstan sonra hâlâ zor olan ne?', 'ድሕሪ ኮርስ ገና እንታይ ከቢድ ኮይኑ ኣሎ?', 'Co po kursie jest wciąż trudne?', 'Що після курсу досі складно?', 'Maxaa weli adag koorsada ka dib?'] },
      { key: 'know', kind: 'number', text: ['Hoeveel mensen kent u die ook Nederlands willen leren?', 'How many people do you know who also want to learn Dutch?', 'كم شخصًا تعرف يريد أيضًا تعلم الهولندية؟', 'چند نفر را می‌شناسید که آن‌ها هم می‌خواهند هالندی بیاموزند؟', 'Hollandaca öğrenmek isteyen kaç kişi tanıyorsunuz?', 'ሆላንድኛ ክመሃሩ ዝደልዩ ክንደይ ሰባት ትፈልጡ?', 'Ile znasz osób, które też chcą uczyć się niderlandzkiego?', 'Скільки ви знаєте людей, які теж хочуть вивчати нідерландську?', 'Immisa qof ayaad taqaannaa oo iyaguna doonaya inay bartaan Af-Holandiska?'] },
    ],
  },
];

export async function seedSurvey(tx: DbOrTx, coordinatorUserId: string | null): Promise<string> {
  const [s] = await tx
    .insert(surveys)
    .values({
      key: DEFAULT_SURVEY_KEY,
      title: localized(['Uw ervaring met de taalcursus', 'Your experience with the language course', 'تجربتك مع دورة اللغة', 'تجربهٔ شما از کورس زبان', 'Dil kursu deneyiminiz', 'ተመክሮኹም ምስ ኮርስ ቋንቋ', 'Twoje doświadczenia z kursem językowym', 'Ваш досвід мовного курсу', 'Waayo-aragnimadaada koorsada luqadda']),
      intro: localized([
        'U heeft een taalcursus gevolgd. Vertel ons hoe het ging: voor, tijdens en na de cursus.',
        'You took a language course. Tell us how it went: before, during and after the course.',
        'لقد تابعت دورة لغة. أخبرنا كيف كانت: قبل الدورة وأثناءها وبعدها.',
        'شما یک کورس زبان را گذراندید. به ما بگویید چطور گذشت: پیش از کورس، در جریان کورس و پس از آن.',
        'Bir dil kursuna katıldınız. Nasıl geçtiğini bize anlatın: kurstan önce, kurs sırasında ve kurstan sonra.',
        'ኮርስ ቋንቋ ወሲድኩም ኢኹም። ከመይ ከም ዝኸደ ንገሩና፡ ቅድሚ ኮርስ፡ ኣብ እዋን ኮርስን ድሕሪ ኮርስን።',
        'Opowiedz nam o swoim kursie językowym: jak było przed kursem, w trakcie i po nim.',
        'Ви пройшли мовний курс. Розкажіть нам, як це було: до курсу, під час і після нього.',
        'Waxaad qaadatay koorso luqadeed. Noo sheeg sidii ay u dhacday: ka hor, inta lagu jiro iyo ka dib koorsada.',
      ]),
      privacy: {},
      durationMinutes: 10,
      asksForHelpers: true,
      status: 'open',
      createdByUserId: coordinatorUserId,
    })
    .returning({ id: surveys.id });
  const ids = new Map<string, string>();
  for (const [i, sec] of SECTIONS.entries()) {
    const [row] = await tx.insert(surveySections).values({ surveyId: s!.id, position: i, title: localized(sec.title) }).returning({ id: surveySections.id });
    for (const [j, q] of sec.questions.entries()) {
      const [qr] = await tx
        .insert(surveyQuestions)
        .values({
          surveyId: s!.id,
          sectionId: row!.id,
          position: j,
          kind: q.kind,
          required: q.required ?? false,
          text: localized(q.text),
          options: (q.options ?? []).map((o, k) => ({ value: `o${k + 1}`, label: localized(o) })),
          showIfQuestionId: q.showIf ? ids.get(q.showIf.key)! : null,
          showIfValues: q.showIf?.values ?? [],
        })
        .returning({ id: surveyQuestions.id });
      ids.set(q.key, qr!.id);
    }
  }
  return s!.id;
}
