import type { DbOrTx } from '@/db/client';
import { surveyQuestions, surveySections, surveys, type LocalizedText } from '@/db/schema';
import type { QuestionKind } from '../survey/logic';

/** The default survey's key (e2e and tests find it by this). */
export const DEFAULT_SURVEY_KEY = 'participants';

type L = [nl: string, en: string, ar: string];
const tx3 = ([nl, en, ar]: L): LocalizedText => ({ nl, en, ar });

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
 * ambassador candidate after explicit consent). In Dutch, English and Arabic; open.
 */
const SECTIONS: { title: L; questions: Q[] }[] = [
  {
    title: ['Voor de cursus', 'Before the course', 'قبل الدورة'],
    questions: [
      {
        key: 'motives',
        kind: 'multiple',
        required: true,
        text: ['Waarom wilde u Nederlands leren?', 'Why did you want to learn Dutch?', 'لماذا أردت تعلم اللغة الهولندية؟'],
        options: [
          ['Voor werk', 'For work', 'من أجل العمل'],
          ['Voor mijn kinderen en hun school', 'For my children and their school', 'من أجل أطفالي ومدرستهم'],
          ['Om zelf dingen te regelen (dokter, gemeente)', 'To arrange things myself (doctor, municipality)', 'لأنجز أموري بنفسي (الطبيب، البلدية)'],
          ['Voor contact met buren', 'For contact with neighbours', 'للتواصل مع الجيران'],
          ['Het moest (inburgering)', 'I had to (civic integration)', 'كان ذلك إلزاميًا (الاندماج)'],
        ],
      },
      {
        key: 'heard',
        kind: 'single',
        text: ['Hoe hoorde u van de cursus?', 'How did you hear about the course?', 'كيف سمعت عن الدورة؟'],
        options: [
          ['Via familie of vrienden', 'Through family or friends', 'عن طريق العائلة أو الأصدقاء'],
          ['Via een ambassadeur', 'Through an ambassador', 'عن طريق سفير'],
          ['Via de gemeente', 'Through the municipality', 'عن طريق البلدية'],
          ['Via een vereniging, moskee of kerk', 'Through an association, mosque or church', 'عن طريق جمعية أو مسجد أو كنيسة'],
          ['Anders', 'Other', 'غير ذلك'],
        ],
      },
      {
        key: 'obstaclesBefore',
        kind: 'multiple',
        text: ['Wat maakte beginnen moeilijk?', 'What made starting difficult?', 'ما الذي جعل البدء صعبًا؟'],
        options: [
          ['Opvang voor mijn kinderen', 'Childcare', 'رعاية الأطفال'],
          ['De kosten', 'The costs', 'التكاليف'],
          ['Geen tijd door werk', 'No time because of work', 'لا وقت بسبب العمل'],
          ['Ik wist niet waar ik moest beginnen', 'I did not know where to start', 'لم أعرف من أين أبدأ'],
          ['Schaamte of onzekerheid', 'Shame or insecurity', 'الخجل أو عدم الثقة'],
          ['Niets, het was makkelijk', 'Nothing, it was easy', 'لا شيء، كان الأمر سهلًا'],
        ],
      },
    ],
  },
  {
    title: ['Tijdens de cursus', 'During the course', 'أثناء الدورة'],
    questions: [
      { key: 'satisfied', kind: 'scale', required: true, text: ['Hoe tevreden was u over de cursus?', 'How satisfied were you with the course?', 'ما مدى رضاك عن الدورة؟'] },
      {
        key: 'finished',
        kind: 'single',
        required: true,
        text: ['Heeft u de cursus afgemaakt?', 'Did you finish the course?', 'هل أكملت الدورة؟'],
        options: [
          ['Ja', 'Yes', 'نعم'],
          ['Ik ben nog bezig', 'I am still doing it', 'ما زلت أتابعها'],
          ['Nee, ik ben gestopt', 'No, I stopped', 'لا، توقفت'],
        ],
      },
      {
        key: 'whyStopped',
        kind: 'multiple',
        required: true,
        text: ['Waarom bent u gestopt?', 'Why did you stop?', 'لماذا توقفت؟'],
        options: [
          ['Opvang voor mijn kinderen', 'Childcare', 'رعاية الأطفال'],
          ['Werk', 'Work', 'العمل'],
          ['Het was te moeilijk', 'It was too difficult', 'كانت صعبة جدًا'],
          ['Gezondheid', 'Health', 'الصحة'],
          ['Anders', 'Other', 'غير ذلك'],
        ],
        showIf: { key: 'finished', values: ['o3'] },
      },
      { key: 'helped', kind: 'long_text', text: ['Wat hielp u het meest tijdens de cursus?', 'What helped you most during the course?', 'ما الذي ساعدك أكثر أثناء الدورة؟'] },
    ],
  },
  {
    title: ['Na de cursus', 'After the course', 'بعد الدورة'],
    questions: [
      { key: 'daily', kind: 'scale', text: ['Hoeveel helpt uw Nederlands u nu in het dagelijks leven?', 'How much does your Dutch help you in daily life now?', 'إلى أي مدى تساعدك لغتك الهولندية في حياتك اليومية الآن؟'] },
      {
        key: 'now',
        kind: 'single',
        text: ['Wat doet u nu?', 'What do you do now?', 'ماذا تفعل الآن؟'],
        options: [
          ['Betaald werk', 'Paid work', 'عمل مدفوع الأجر'],
          ['Een opleiding', 'Studying', 'دراسة'],
          ['Vrijwilligerswerk', 'Volunteering', 'عمل تطوعي'],
          ['Ik zoek werk', 'Looking for work', 'أبحث عن عمل'],
          ['Anders', 'Other', 'غير ذلك'],
        ],
      },
      { key: 'obstaclesAfter', kind: 'long_text', text: ['Wat is na de cursus nog moeilijk?', 'What is still difficult after the course?', 'ما الذي لا يزال صعبًا بعد الدورة؟'] },
      { key: 'know', kind: 'number', text: ['Hoeveel mensen kent u die ook Nederlands willen leren?', 'How many people do you know who also want to learn Dutch?', 'كم شخصًا تعرف يريد أيضًا تعلم الهولندية؟'] },
    ],
  },
];

export async function seedSurvey(tx: DbOrTx, coordinatorUserId: string | null): Promise<string> {
  const [s] = await tx
    .insert(surveys)
    .values({
      key: DEFAULT_SURVEY_KEY,
      title: tx3(['Uw ervaring met de taalcursus', 'Your experience with the language course', 'تجربتك مع دورة اللغة']),
      intro: tx3([
        'U heeft een taalcursus gevolgd. Vertel ons hoe het ging: voor, tijdens en na de cursus.',
        'You took a language course. Tell us how it went: before, during and after the course.',
        'لقد تابعت دورة لغة. أخبرنا كيف كانت: قبل الدورة وأثناءها وبعدها.',
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
    const [row] = await tx.insert(surveySections).values({ surveyId: s!.id, position: i, title: tx3(sec.title) }).returning({ id: surveySections.id });
    for (const [j, q] of sec.questions.entries()) {
      const [qr] = await tx
        .insert(surveyQuestions)
        .values({
          surveyId: s!.id,
          sectionId: row!.id,
          position: j,
          kind: q.kind,
          required: q.required ?? false,
          text: tx3(q.text),
          options: (q.options ?? []).map((o, k) => ({ value: `o${k + 1}`, label: tx3(o) })),
          showIfQuestionId: q.showIf ? ids.get(q.showIf.key)! : null,
          showIfValues: q.showIf?.values ?? [],
        })
        .returning({ id: surveyQuestions.id });
      ids.set(q.key, qr!.id);
    }
  }
  return s!.id;
}
