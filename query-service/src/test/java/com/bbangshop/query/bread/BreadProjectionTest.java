package com.bbangshop.query.bread;

import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.BreadOpeningChangedEvent;
import com.bbangshop.api.stock.BreadRegisteredEvent;
import com.bbangshop.api.stock.BreadRenamedEvent;
import com.bbangshop.api.stock.BreadSaleEndedEvent;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.api.stock.StockCheckedSoldOutEvent;
import com.bbangshop.api.stock.StockReleasedEvent;
import com.bbangshop.api.stock.StockReservedEvent;
import com.bbangshop.api.stock.StockSoldOutEvent;
import com.bbangshop.api.waitlist.LoafOfferedEvent;
import com.bbangshop.api.waitlist.OfferedLoafBackOnSaleEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.AdditionalAnswers.returnsFirstArg;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BreadProjectionTest {

    private final BreadRepository breads = mock(BreadRepository.class);
    private final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new BreadProjection(breads, emitter));

    @Test
    void aSoldOutAnswerIsNotEvenReadBecauseItChangesNoCount() {
        assertThat(projection.canHandleType(StockSoldOutEvent.class)).isFalse();
        assertThat(projection.canHandleType(StockCheckedSoldOutEvent.class)).isFalse();
        assertThat(projection.canHandleType(StockReservedEvent.class)).isTrue();
        assertThat(projection.canHandleType(StockReleasedEvent.class)).isTrue();
        assertThat(projection.canHandleType(OfferedLoafBackOnSaleEvent.class)).isTrue();
        assertThat(projection.canHandleType(LoafOfferedEvent.class)).as("a held loaf was off sale already").isFalse();
    }

    @Test
    void aHeldLoafNobodyTookIsOnSaleAgain() throws Exception {
        BreadEntry bread = new BreadEntry("bread-1", "melon bread", 3, 1, Instant.EPOCH, null, null, 0, null);
        bread.remaining(0);
        when(breads.findById("bread-1")).thenReturn(Optional.of(bread));

        projection.handle(GenericEventMessage.asEventMessage(new OfferedLoafBackOnSaleEvent("bread-1", "o-1", 1)));

        assertThat(bread.toView().remaining()).isEqualTo(1);
        assertThat(bread.toView().soldOut()).isFalse();
    }

    @Test
    void aReservedLoafSetsTheBreadsRemainingCountAndIsPushedToItsWatchers() throws Exception {
        BreadEntry bread = new BreadEntry("bread-1", "melon bread", 3, 1, Instant.EPOCH, null, null, 0, null);
        when(breads.findById("bread-1")).thenReturn(Optional.of(bread));

        projection.handle(GenericEventMessage.asEventMessage(new StockReservedEvent("bread-1", "r-1", 1, 2)));

        BreadView view = bread.toView();
        assertThat(view.remaining()).isEqualTo(2);
        verify(emitter).emit(eq(FindBreadQuery.class), any(), eq(view));
    }

    @Test
    void theSaleTimesFollowTheBreadsEventsAndAnEarlyEndClosesIt() throws Exception {
        Instant opens = Instant.parse("2026-12-07T10:00:00Z");
        Instant closes = Instant.parse("2026-12-07T12:00:00Z");
        BreadEntry bread = new BreadEntry("bread-1", "melon bread", 3, 1, Instant.EPOCH, opens, closes, 0, null);
        when(breads.findById("bread-1")).thenReturn(Optional.of(bread));

        projection.handle(GenericEventMessage.asEventMessage(new BreadOpeningChangedEvent("bread-1",
                opens.plusSeconds(600))));
        projection.handle(GenericEventMessage.asEventMessage(new BreadRenamedEvent("bread-1", "melon pan")));
        assertThat(bread.toView()).extracting(BreadView::breadName, BreadView::opensAt, BreadView::closesAt)
                .containsExactly("melon pan", opens.plusSeconds(600), closes);

        projection.handle(GenericEventMessage.asEventMessage(new BreadSaleEndedEvent("bread-1",
                closes.minusSeconds(60))));
        assertThat(bread.toView().closesAt()).isEqualTo(closes.minusSeconds(60));
        projection.handle(GenericEventMessage.asEventMessage(new BreadSaleEndedEvent("bread-1",
                closes.plusSeconds(60))));
        assertThat(bread.toView().closesAt()).as("ended after it had closed: it closed earlier")
                .isEqualTo(closes.minusSeconds(60));
    }

    @Test
    void aBreadsOwnPickupWindowIsShownAndOneRegisteredWithoutItHasTheShopsDefault() throws Exception {
        when(breads.save(any(BreadEntry.class))).then(returnsFirstArg());

        projection.handle(GenericEventMessage.asEventMessage(new BreadRegisteredEvent("bread-1", "melon bread", 3, 1,
                "MB", null, null, 0, 45)));
        projection.handle(GenericEventMessage.asEventMessage(new BreadRegisteredEvent("bread-2", "rye", 3, 1,
                "RY", null, null, 0)));

        verify(emitter).emit(eq(FindBreadQuery.class), any(), eq(new BreadView("bread-1", "melon bread", 3, 3, 0, 1,
                false, null, null, 0, 45)));
        verify(emitter).emit(eq(FindBreadQuery.class), any(), eq(new BreadView("bread-2", "rye", 3, 3, 0, 1,
                false, null, null, 0, null)));
    }
}
