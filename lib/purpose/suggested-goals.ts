// Where a school can start: learning goals that technology often serves well, each with what
// success could look like and how a school might know. Schools edit them into their own words.
export type GoalDraft = { title: string; success: string; measure: string };

export const SUGGESTED_GOALS: readonly GoalDraft[] = [
  {
    title: 'Better feedback',
    success: 'Pupils get timely, specific feedback they act on, and teachers spend less time marking to give it.',
    measure: 'Pupil voice on feedback each term; work scrutiny showing responses to feedback.',
  },
  {
    title: 'Collaboration',
    success: 'Pupils work together on shared work in and beyond the classroom, and staff share resources easily.',
    measure: 'Lesson visits; how many classes use shared documents each half term.',
  },
  {
    title: 'Retrieval and practice',
    success: 'Regular low-stakes quizzing and practice help pupils remember more of what they are taught.',
    measure: 'Quiz use per class; end-of-unit assessment results compared with last year.',
  },
  {
    title: 'Inclusion and access for pupils with SEND',
    success: 'Pupils with SEND use assistive technology (text to speech, captions, magnification) to take part fully.',
    measure: 'SENCo review of support plans; pupil and parent voice; attainment gaps.',
  },
  {
    title: 'Less staff workload',
    success: 'Staff spend less time on admin, data entry and reporting, and more on teaching.',
    measure: 'Staff workload survey each year; time spent on reports and data drops.',
  },
  {
    title: 'Safe and critical use of technology',
    success: 'Pupils know how to stay safe online and to question what they read, including from AI.',
    measure: 'Online safety curriculum coverage; pupil voice; incidents logged by the DSL.',
  },
  {
    title: 'Home–school engagement',
    success: 'Families can see and support their children’s learning, and pupils can learn at home.',
    measure: 'Parent app or platform use; homework completion; parent survey.',
  },
];

export const MIN_GOALS = 3;
export const MAX_GOALS = 6;
