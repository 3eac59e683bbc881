package com.bbangshop.runtime.commands;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** It must answer exactly as Axon's own resolver does, only without looking the members up every time. */
class RememberedCommandTargetsTest {

    record ReserveCommand(@TargetAggregateIdentifier String breadId, int quantity) {
    }

    record VersionedCommand(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    static class FieldCommand {
        @TargetAggregateIdentifier
        private final Integer number;

        FieldCommand(Integer number) {
            this.number = number;
        }
    }

    record NoTargetCommand(String breadId) {
    }

    private final RememberedCommandTargets remembered = new RememberedCommandTargets();
    private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    @Test
    void aRecordsAnnotatedComponentIsItsTargetAndTheLookupIsRemembered() {
        assertThat(remembered.remembers(ReserveCommand.class)).isFalse();

        assertSameAsAxon(new ReserveCommand("bread-1", 2));
        assertSameAsAxon(new ReserveCommand("bread-2", 1));

        assertThat(remembered.remembers(ReserveCommand.class)).isTrue();
        assertThat(remembered.resolveTarget(GenericCommandMessage.asCommandMessage(new ReserveCommand("b", 1)))
                .getIdentifier()).isEqualTo("b");
    }

    @Test
    void aVersionIsReadAsANumberLikeAxonReadsIt() {
        assertSameAsAxon(new VersionedCommand("bread-1", "7"));
        assertSameAsAxon(new VersionedCommand("bread-1", null));
        assertThatThrownBy(() -> remembered.resolveTarget(
                GenericCommandMessage.asCommandMessage(new VersionedCommand("bread-1", "seven"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The value provided for the version is "
                        + "not a number.");
    }

    @Test
    void aPrivateAnnotatedFieldIsReadToo() {
        assertSameAsAxon(new FieldCommand(42));
    }

    @Test
    void aCommandWithoutATargetOrWithANullOneIsRefusedWithAxonsMessage() {
        for (Object command : new Object[]{new NoTargetCommand("bread-1"), new ReserveCommand(null, 1)}) {
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThatThrownBy(() -> axons.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
            String axonsMessage = catchMessage(() -> axons.resolveTarget(message));
            assertThatThrownBy(() -> remembered.resolveTarget(message))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(axonsMessage);
        }
    }

    private void assertSameAsAxon(Object command) {
        var message = GenericCommandMessage.asCommandMessage(command);
        VersionedAggregateIdentifier expected = axons.resolveTarget(message);
        VersionedAggregateIdentifier actual = remembered.resolveTarget(message);
        assertThat(actual.getIdentifierValue()).isEqualTo(expected.getIdentifierValue());
        assertThat(actual.getVersion()).isEqualTo(expected.getVersion());
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
