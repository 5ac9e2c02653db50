package io.github.docspacephoto.client.provider;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import java.lang.reflect.ParameterizedType;
import java.util.List;

/**
 * Jersey's MicroProfile client passes a {@code List<EntityPart>} body on with its raw class as the type, so no
 * multipart writer matches; restoring the generic type fixes it and changes nothing elsewhere.
 */
public final class EntityPartListTypeFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getEntity() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof EntityPart
                && !(request.getEntityType() instanceof ParameterizedType)) {
            @SuppressWarnings("unchecked")
            List<EntityPart> parts = (List<EntityPart>) list;
            request.setEntity(new GenericEntity<List<EntityPart>>(parts) { }, request.getEntityAnnotations(),
                    request.getMediaType());
        }
    }
}
