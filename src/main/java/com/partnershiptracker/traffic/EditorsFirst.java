package com.partnershiptracker.traffic;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the render turns when a signed-in editor's save (any request but GET and HEAD) runs, so that
 * renders for anonymous readers give way to it (see {@link RenderTurns}): it is what they are waiting to see.
 */
final class EditorsFirst implements HandlerInterceptor {

    private static final String COUNTED = EditorsFirst.class.getName() + ".counted";

    private final RenderTurns turns;

    EditorsFirst(RenderTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isSave(request) && request.getAttribute(COUNTED) == null) {
            request.setAttribute(COUNTED, Boolean.TRUE);
            turns.editorIn();
        }
        return true;
    }

    private static boolean isSave(HttpServletRequest request) {
        return request.getRemoteUser() != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(COUNTED) != null) {
            request.removeAttribute(COUNTED);
            turns.editorOut();
        }
    }
}
