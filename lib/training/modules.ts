/**
 * The default training modules: the thirteen topics of the pilot's ambassador training (the
 * source's list) and the later, extra training on early signalling and the social map. The
 * coordinator edits them (names, descriptions, required, active) in /staff/training/modules.
 *
 * Required for the certificate: the topics about the programme, the work and the city. Not
 * required: computer and admin skills and Dutch society (many ambassadors bring them; the last is
 * part of the integration course they finished), and the social map, which is the extra training
 * that comes after the certificate and is needed to refer residents, not to recruit.
 */
export const SOCIAL_MAP_MODULE_KEY = 'social_map';

export interface DefaultModule {
  key: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  required: boolean;
}

export const DEFAULT_MODULES: readonly DefaultModule[] = [
  { key: 'integration_law', nameNl: 'De Wet inburgering', nameEn: 'The Civic Integration Act', descriptionNl: 'Wat de wet zegt over inburgeren, en wie verplicht is en wie vrijwillig meedoet.', descriptionEn: 'What the law says about civic integration, and who is obliged and who takes part voluntarily.', required: true },
  { key: 'city_procedure', nameNl: 'De inburgeringsprocedure van de gemeente', nameEn: "The city's integration procedure", descriptionNl: 'Van aanmelding bij het Publieksplein tot intake en trajectplan.', descriptionEn: 'From registering at the city desk to the intake and the course plan.', required: true },
  { key: 'courses', nameNl: 'Het cursusaanbod van de taalaanbieders', nameEn: 'The courses bought from language providers', descriptionNl: 'De mogelijkheden om in te burgeren die de gemeente heeft ingekocht.', descriptionEn: 'The ways to integrate that the city has bought from language providers.', required: true },
  { key: 'communication', nameNl: 'Communicatie', nameEn: 'Communication', descriptionNl: 'Contact maken, luisteren en vragen stellen.', descriptionEn: 'Making contact, listening and asking questions.', required: true },
  { key: 'presentation', nameNl: 'Presenteren', nameEn: 'Presentation', descriptionNl: 'Vertellen over inburgeren aan een groep.', descriptionEn: 'Talking about civic integration to a group.', required: true },
  { key: 'recruitment', nameNl: 'Wervingstechnieken', nameEn: 'Recruitment techniques', descriptionNl: 'Mensen enthousiast maken voor een cursus ("leren verleiden").', descriptionEn: 'Getting people enthusiastic about a course.', required: true },
  { key: 'assertiveness', nameNl: 'Assertiviteit', nameEn: 'Assertiveness', descriptionNl: 'Opkomen voor jezelf en grenzen aangeven.', descriptionEn: 'Standing up for yourself and setting limits.', required: true },
  { key: 'computer_skills', nameNl: 'Computervaardigheden', nameEn: 'Computer skills', descriptionNl: 'E-mail en het invullen van aanmeldformulieren.', descriptionEn: 'E-mail and filling in sign-up forms.', required: false },
  { key: 'admin_skills', nameNl: 'Administratieve vaardigheden', nameEn: 'Administrative skills', descriptionNl: 'Gegevens bijhouden en bonnen inleveren.', descriptionEn: 'Keeping records and handing in receipts.', required: false },
  { key: 'dutch_society', nameNl: 'De Nederlandse samenleving', nameEn: 'Dutch society', descriptionNl: 'Hoe de Nederlandse samenleving werkt.', descriptionEn: 'How Dutch society works.', required: false },
  { key: 'local_society', nameNl: 'De Zoetermeerse samenleving', nameEn: 'Local society (Zoetermeer)', descriptionNl: 'De wijken, voorzieningen en organisaties van Zoetermeer.', descriptionEn: "Zoetermeer's neighbourhoods, facilities and organisations.", required: true },
  { key: 'city_pass', nameNl: 'De Zoetermeerpas', nameEn: 'The city pass', descriptionNl: 'Wat de Zoetermeerpas is en wat je ermee kunt.', descriptionEn: 'What the city pass is and what it can be used for.', required: true },
  { key: 'networking', nameNl: 'Een netwerk opbouwen', nameEn: 'Networking', descriptionNl: 'Een netwerk opbouwen in Zoetermeer.', descriptionEn: 'Building a network in Zoetermeer.', required: true },
  { key: SOCIAL_MAP_MODULE_KEY, nameNl: 'Vroegsignalering en de sociale kaart', nameEn: 'Early signalling and the social map', descriptionNl: 'Problemen op tijd zien en mensen doorverwijzen naar de juiste organisatie. Nodig om door te verwijzen.', descriptionEn: 'Spotting problems early and referring people to the right organisation. Needed to refer.', required: false },
];
