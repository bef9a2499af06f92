package app.rapport.loaddata;

import java.util.List;
import java.util.SplittableRandom;

/** What load data's people are called and write: names, profiles, notes, reasons and advice. */
final class LoadTexts {

    static final List<String> FIRST = List.of("Adaeze", "Bjorn", "Camila", "Dev", "Elif", "Felix", "Grace",
            "Hamid", "Ingrid", "Jonas", "Keiko", "Luca", "Mariam", "Nikolai", "Olga", "Pedro", "Rania", "Sam",
            "Tanvi", "Ulrich", "Valentina", "William", "Xia", "Yara", "Zeynep", "Amir", "Beatriz", "Callum",
            "Divya", "Emil", "Fatima", "Gideon", "Hannah", "Idris", "Johanna", "Kenji", "Leila", "Mohammed",
            "Noor", "Oliver");
    static final List<String> LAST = List.of("Adeyemi", "Bergstrom", "Chowdhury", "Da Silva", "Engel", "Farouk",
            "Gonzalez", "Holm", "Iyer", "Jaramillo", "Kim", "Larsen", "Mensah", "Nguyen", "Oyelaran", "Park",
            "Quispe", "Reyes", "Schmidt", "Takahashi", "Ueda", "Vasquez", "Wojcik", "Xu", "Yamamoto", "Zimmermann",
            "Andersson", "Brennan", "Castro", "Dlamini", "Esposito", "Fischer", "Gill", "Hoffmann", "Ivanov",
            "Johansson", "Kowalczyk", "Lopez", "Murphy", "Novak");
    static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "People", "Marketing",
            "Operations", "Legal", "Product", "Design", "Customer Success", "Data", "Security");
    static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney",
            "America/Sao_Paulo", "Europe/Madrid", "Africa/Lagos", "Asia/Tokyo");
    static final List<String> LANGUAGES = List.of("German", "Spanish", "French", "Portuguese", "Hindi", "Mandarin",
            "Japanese", "Swedish", "Arabic", "Polish");
    static final List<String> TOPICS = List.of("Negotiation", "Public speaking", "Hiring", "Stakeholder management",
            "Strategic planning", "Giving feedback", "Coaching", "Budgeting", "Product discovery",
            "Data storytelling", "Conflict resolution", "Career planning", "Delegation", "Time management",
            "Leading remote teams", "First-time management", "Writing", "Facilitation", "Roadmaps",
            "Interviewing", "Presenting to executives", "Change management", "Cloud architecture",
            "Customer empathy", "Pricing", "Team rituals", "Decision making", "OKRs", "Onboarding", "Networking");
    static final List<String> AVAILABILITY = List.of("Tuesday and Thursday mornings", "Afternoons, not Fridays",
            "Flexible; prefers video calls", "Mondays 14:00-16:00", "Early mornings before stand-up",
            "Wednesdays, in person at the office");
    static final List<String> BIOS = List.of("Twelve years in the field; led three teams through reorganisations.",
            "Moved from support into product and likes helping others make a similar switch.",
            "New to leading people and keen to learn from someone who has done it.",
            "Runs the internal speakers' club and enjoys helping people find their voice.",
            "Built the data platform team from scratch; happy to talk hiring and scope.");
    static final List<String> MENTEE_WANTS = List.of(
            "Grow into a lead people trust, and have someone outside my team to think out loud with.",
            "Get confident in hard conversations: budgets, deadlines and saying no.",
            "Understand how decisions are made above my level and how to influence them.",
            "Plan my next career step and get honest feedback on where I stand.",
            "Learn to delegate without losing track, and to give feedback that lands.");
    static final List<String> MENTOR_WANTS = List.of(
            "Share what I learned the hard way, and hear how things look earlier in a career.",
            "Help my mentee get to their goals, and practise coaching instead of telling.",
            "Meet every week or two and say openly what isn't working.",
            "Learn how another department sees our work while helping someone grow.");
    static final List<String> GOALS = List.of("Lead a project end to end", "Present at the quarterly all-hands",
            "Build a network outside my team", "Get ready for a team lead role", "Improve how I give feedback",
            "Negotiate scope with stakeholders", "Learn to read the budget", "Write a one-page strategy",
            "Run effective one-to-ones", "Speak up more in leadership meetings", "Hire for an open role",
            "Mentor a new joiner", "Prepare for the promotion review", "Cut my meeting load by a third",
            "Ship the onboarding guide", "Get certified on the cloud platform", "Plan the next two years",
            "Chair a cross-team workshop", "Publish an internal blog post", "Handle conflict in the team calmly");
    static final List<String> GOAL_NOTES = List.of("Agreed at the kick-off; check progress every month.",
            "The first step is a draft to review together.", "Success means doing it without notes.",
            "Measured by the feedback of the people involved.");
    static final List<String> MENTEE_ASKS = List.of("how to run my first one-to-ones",
            "preparing for a salary conversation", "feedback on a project proposal",
            "how to push back on a deadline", "structuring a presentation for leadership",
            "dealing with a difficult stakeholder", "planning the next career step",
            "how to delegate without losing track", "reading a budget spreadsheet",
            "getting visibility for my team's work", "handling a conflict between two colleagues",
            "saying no to extra work", "a review of my interview questions",
            "how to give critical feedback kindly", "time management during a release crunch");
    static final List<String> MENTOR_ASKS = List.of("how newer colleagues see the reorganisation",
            "a first look at a workshop outline", "what the team floor thinks of the new tools",
            "tips on a framework the team uses", "feedback on how clearly I explain things");
    static final List<String> MENTOR_GIVES = List.of("walked through a similar situation from my own career",
            "role-played the conversation twice", "shared a template that worked for me",
            "introduced a colleague who has done this before", "marked up the draft with comments",
            "suggested three questions to open with", "sketched a plan for the next quarter together",
            "recommended a book chapter and discussed it", "reviewed the slides and cut them by half",
            "explained how the budget process really works");
    static final List<String> MENTEE_GIVES = List.of("showed how the team uses the new tool",
            "gave honest feedback on the workshop outline", "shared what the team floor is saying",
            "explained a new framework with examples", "tested the onboarding guide and flagged gaps");
    static final List<String> NOTES = List.of("Next time: bring the numbers.",
            "Follow up on the introduction next week.", "Agreed to try a walking meeting next time.",
            "Homework: draft the email before Friday.", "Good energy today; we ran over time.",
            "Short one, both busy this week.", "Revisit the career plan in a month.");
    static final List<String> MENTEE_REFLECTIONS = List.of("The role-play made the real meeting feel familiar.",
            "I came prepared this time and it showed.", "We talked past each other today; my fault for rushing.",
            "Hard to find time lately; I miss the rhythm we had.",
            "I finally asked for help with the thing I was avoiding.");
    static final List<String> MENTOR_REFLECTIONS = List.of("My mentee prepares well; I should push more.",
            "I talked too much today; more questions next time.", "We keep postponing; I need to make time.",
            "Good progress on the goals, visible to the team too.",
            "Not sure I am helping; worth raising openly next time.");
    static final List<String> END_REASONS = List.of(
            "The mentor moved to a role with heavy travel; the mentee will be paired again.",
            "We could not find a regular time across our time zones.", "The mentee left the company.",
            "Priorities changed after the reorganisation; both agreed to stop.",
            "The pairing did not click; the coordinator will suggest someone else.",
            "The mentor is on parental leave; to be paired again later.");
    static final List<String> DECLINE_REASONS = List.of(
            "We already work closely in the same project; I would like a fresh perspective.",
            "My calendar is full until the summer; please pair me later.",
            "I was hoping for someone with a sales background.",
            "We report to the same manager, which feels awkward.");
    static final List<String> COMPLETION_NOTES = List.of("All goals reached; they will keep meeting informally.",
            "A good six months; the mentee is ready for the lead role.", "Closed at the end of the cycle.");
    static final List<String> ASK_MESSAGES = List.of(
            "How do we come across in the team meetings you have seen us in?",
            "What one thing could we do differently to make our sessions more useful?",
            "You have seen us work together on the project: how does it look from the outside?",
            "Is the mentee getting more visible in the team? Be honest.");
    static final List<String> ADVICE = List.of("Meet in person once a month; the video calls seem rushed.",
            "Let the mentee lead the agenda more often.", "Share the goals with the team so others can help.",
            "Try a shorter, more frequent rhythm.", "The mentor could ask more questions and give fewer answers.",
            "Keep doing the walking meetings; both seem more relaxed.",
            "Write down the next step at the end of each session.",
            "Invite the mentee to a leadership meeting as an observer.",
            "Celebrate the progress more visibly; it is real.",
            "Be more honest with each other about what is not working.");

    private LoadTexts() {
    }

    static String name(SplittableRandom rng) {
        return FIRST.get(rng.nextInt(FIRST.size())) + " " + LAST.get(rng.nextInt(LAST.size()));
    }
}
