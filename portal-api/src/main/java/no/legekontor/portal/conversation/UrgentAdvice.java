package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import no.legekontor.portal.account.Clinic;
import no.legekontor.support.problem.ProblemTexts;

/** What a patient whose text looks urgent is told: call 113 or the clinic, don't wait (R9). */
@ApplicationScoped
public class UrgentAdvice {

    @Inject
    ProblemTexts texts;

    public String forConversation(Conversation conversation, List<Locale> acceptable) {
        if (!conversation.possiblyUrgent) {
            return null;
        }
        Clinic clinic = Clinic.findById(conversation.clinicOrg);
        return texts.detail("advice.urgent", texts.choose(acceptable), clinic.name, clinic.phone);
    }
}
