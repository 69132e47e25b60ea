package no.legekontor.inbox.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.event.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R7, R14 and the office's items: who may work on which item, and what is done with each kind. */
class ItemRulesTest {

    static final Staff GP = new Staff("9100001", "Lise Berg", StaffRole.GP, "910000004");
    static final Staff OFFICE = new Staff("9100002", "Anne Dahl", StaffRole.OFFICE, "910000004");
    static final EnumSet<ItemType> THE_GPS = EnumSet.of(ItemType.E_CONSULTATION, ItemType.PRESCRIPTION_RENEWAL,
            ItemType.SICK_LEAVE_EXTENSION);

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"E_CONSULTATION", "PRESCRIPTION_RENEWAL", "SICK_LEAVE_EXTENSION"})
    void officeStaffMayNotWorkOnTheGpsItems(ItemType type) {
        assertThatThrownBy(() -> ItemRules.requireMayWorkOn(OFFICE, item(type, InboxItem.Status.OPEN)))
                .isInstanceOf(GpRequired.class);
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void aGpMayWorkOnEveryItem(ItemType type) {
        assertThatCode(() -> ItemRules.requireMayWorkOn(GP, item(type, InboxItem.Status.OPEN)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = ItemType.class, names = {"OFFICE_MESSAGE", "APPOINTMENT_NOTICE"})
    void officeStaffWorkOnOfficeMessagesAndAppointmentNotices(ItemType type) {
        assertThatCode(() -> ItemRules.requireMayWorkOn(OFFICE, item(type, InboxItem.Status.OPEN)))
                .doesNotThrowAnyException();
    }

    @Test
    void exactlyEConsultationsRenewalsAndExtensionsNeedAGp() {
        for (ItemType type : ItemType.values()) {
            assertThat(ItemRules.needsGp(type)).as(type.name()).isEqualTo(THE_GPS.contains(type));
        }
    }

    @Test
    void onlyRenewalsAndExtensionsAreDecided() {
        assertThat(EnumSet.allOf(ItemType.class).stream().filter(ItemRules::decidable))
                .containsExactlyInAnyOrder(ItemType.PRESCRIPTION_RENEWAL, ItemType.SICK_LEAVE_EXTENSION);
        assertThatThrownBy(() -> ItemRules.requireDecidable(item(ItemType.E_CONSULTATION, InboxItem.Status.OPEN)))
                .isInstanceOf(NotDecidable.class);
        assertThatCode(() -> ItemRules.requireDecidable(item(ItemType.SICK_LEAVE_EXTENSION, InboxItem.Status.OPEN)))
                .doesNotThrowAnyException();
    }

    @Test
    void nobodyAnswersAnAppointmentNotice() {
        assertThatThrownBy(() -> ItemRules.requireAnswerable(item(ItemType.APPOINTMENT_NOTICE, InboxItem.Status.OPEN)))
                .isInstanceOf(NotAnswerable.class);
        assertThat(EnumSet.allOf(ItemType.class).stream().filter(t -> !ItemRules.answerable(t)))
                .containsExactly(ItemType.APPOINTMENT_NOTICE);
    }

    @Test
    void aClosedItemIsNotWorkedOnButAnAnsweredOneIs() {
        assertThatThrownBy(() -> ItemRules.requireNotClosed(item(ItemType.OFFICE_MESSAGE, InboxItem.Status.CLOSED)))
                .isInstanceOf(ItemIsClosed.class);
        assertThatCode(() -> ItemRules.requireNotClosed(item(ItemType.OFFICE_MESSAGE, InboxItem.Status.ANSWERED)))
                .doesNotThrowAnyException();
    }

    private static InboxItem item(ItemType type, InboxItem.Status status) {
        InboxItem item = new InboxItem();
        item.type = type;
        item.status = status;
        return item;
    }
}
