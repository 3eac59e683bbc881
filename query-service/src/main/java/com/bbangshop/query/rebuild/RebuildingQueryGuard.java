package com.bbangshop.query.rebuild;

import com.bbangshop.api.rules.RuleViolation;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;

/**
 * While the projections replay, their tables hold half a view: every query is refused with a 503-kind
 * {@link RuleViolation}, which travels with the refusal to whichever service asked.
 */
@Component
public class RebuildingQueryGuard implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    public static final String REBUILDING = "the read model is rebuilding; try again shortly";

    private final ReadModelRebuild rebuild;

    public RebuildingQueryGuard(ReadModelRebuild rebuild, QueryBus queryBus) {
        this.rebuild = rebuild;
        queryBus.registerHandlerInterceptor(this);
    }

    public static QueryExecutionException refusal() {
        return new QueryExecutionException(REBUILDING, null,
                new RuleViolation(RuleViolation.Kind.UNAVAILABLE, REBUILDING));
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (rebuild.isRebuilding()) {
            throw refusal();
        }
        return interceptorChain.proceed();
    }
}
