package io.mixdoc.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error pages (malformed requests, errors outside Javalin's handlers) replaced by the
 * API's JSON error body, without stack traces or server details.
 */
public final class JsonErrorHandler extends ErrorHandler {
    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        ApiError error = ApiError.forStatus(code);
        baseRequest.setHandled(true);
        response.setContentType("application/json; charset=utf-8");
        SecurityHeaders.apply(response::setHeader);
        response.getOutputStream().write(ErrorJson.of(error, code, error.defaultMessage()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        ApiError error = ApiError.forStatus(status);
        return ByteBuffer.wrap(ErrorJson.of(error, status, error.defaultMessage()).getBytes(StandardCharsets.UTF_8));
    }
}
